package dev.ec2gateway.actions.keypairs;

public record CreateKeyPairResult(String keyPairId, String keyName, String keyFingerprint, String keyMaterial) {
}
