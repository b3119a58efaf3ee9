package dev.ec2gateway.actions.keypairs;

import dev.ec2gateway.ec2.Required;

public record CreateKeyPairRequest(@Required String keyName, String keyType, String keyFormat) {
}
