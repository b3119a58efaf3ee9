package dev.ec2gateway.gateway.store;

import dev.ec2gateway.actions.keypairs.KeyPairMemory;
import java.util.HashMap;
import java.util.Map;

/** EC2's key pair fingerprints kept in the account store, shared by every gateway node on the same database. */
public final class StoredKeyPairMemory implements KeyPairMemory {
    private final Database database;

    StoredKeyPairMemory(Database database) {
        this.database = database;
    }

    @Override
    public void remember(String accessKey, String cloudStackId, Remembered keyPair) {
        database.upsert("UPDATE key_pair_fingerprints SET fingerprint = ?, key_type = ?"
                        + " WHERE access_key = ? AND key_pair_uuid = ?",
                new Object[] {keyPair.fingerprint(), keyPair.keyType(), accessKey, cloudStackId},
                "INSERT INTO key_pair_fingerprints (access_key, key_pair_uuid, fingerprint, key_type)"
                        + " VALUES (?, ?, ?, ?)",
                new Object[] {accessKey, cloudStackId, keyPair.fingerprint(), keyPair.keyType()});
    }

    @Override
    public Map<String, Remembered> of(String accessKey) {
        Map<String, Remembered> found = new HashMap<>();
        database.query("SELECT key_pair_uuid, fingerprint, key_type FROM key_pair_fingerprints WHERE access_key = ?",
                row -> found.put(row.getString("key_pair_uuid"),
                        new Remembered(row.getString("fingerprint"), row.getString("key_type"))),
                accessKey);
        return found;
    }

    @Override
    public void forget(String accessKey, String cloudStackId) {
        database.update("DELETE FROM key_pair_fingerprints WHERE access_key = ? AND key_pair_uuid = ?",
                accessKey, cloudStackId);
    }
}
