package dev.ec2gateway.actions.keypairs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the gateway remembers of the key pairs it created or imported: EC2's fingerprint and key type,
 * which CloudStack cannot give back (it lists only its own MD5 and no public key). Kept per caller
 * (EC2 access key), by CloudStack key pair UUID, so a name reused after a delete is not confused.
 */
public interface KeyPairMemory {
    /** Records EC2's view of a key pair the caller created or imported. */
    void remember(String accessKey, String cloudStackId, Remembered keyPair);

    /** Everything remembered for the caller, by CloudStack key pair UUID. */
    Map<String, Remembered> of(String accessKey);

    /** Drops what was remembered of a deleted key pair. */
    void forget(String accessKey, String cloudStackId);

    /** EC2's fingerprint and key type ({@code rsa} or {@code ed25519}) of one key pair. */
    record Remembered(String fingerprint, String keyType) {
    }

    /** A memory in this process only (tests, and the demo). */
    static KeyPairMemory inMemory() {
        Map<String, Map<String, Remembered>> byCaller = new ConcurrentHashMap<>();
        return new KeyPairMemory() {
            @Override
            public void remember(String accessKey, String cloudStackId, Remembered keyPair) {
                byCaller.computeIfAbsent(accessKey, k -> new ConcurrentHashMap<>()).put(cloudStackId, keyPair);
            }

            @Override
            public Map<String, Remembered> of(String accessKey) {
                return Map.copyOf(byCaller.getOrDefault(accessKey, Map.of()));
            }

            @Override
            public void forget(String accessKey, String cloudStackId) {
                byCaller.getOrDefault(accessKey, new ConcurrentHashMap<>()).remove(cloudStackId);
            }
        };
    }
}
