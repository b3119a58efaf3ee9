package dev.ec2gateway.actions.keypairs;

import dev.ec2gateway.ec2.Required;

public record ImportKeyPairRequest(@Required String keyName, @Required byte[] publicKeyMaterial) {
}
