package dev.ec2gateway.actions.keypairs;

public record DeleteKeyPairRequest(String keyName, String keyPairId) {
}
