package dev.ec2gateway.actions.keypairs;

public record KeyPairInfo(String keyPairId, String keyName, String keyFingerprint, String keyType) {
}
