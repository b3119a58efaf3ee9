package dev.ec2gateway.actions.keypairs;

public record ImportKeyPairResult(String keyPairId, String keyName, String keyFingerprint) {
}
