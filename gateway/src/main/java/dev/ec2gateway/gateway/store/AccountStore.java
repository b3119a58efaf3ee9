package dev.ec2gateway.gateway.store;

import dev.ec2gateway.actions.ExpiringCache;
import dev.ec2gateway.actions.TokenClaims;
import dev.ec2gateway.actions.users.UserRegistry;
import dev.ec2gateway.actions.volumes.Volume;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.gateway.auth.Account;
import dev.ec2gateway.gateway.auth.AccountLookup;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The gateway's registered users: EC2 access key → EC2 secret and CloudStack keys, the secrets sealed
 * with the key in {@code data.dir/secret.key}. Embedded H2 in data.dir, or MariaDB/MySQL by db.url.
 * Safe for concurrent use.
 */
public final class AccountStore implements AccountLookup, UserRegistry, AutoCloseable {
    private static final String KEY_FINGERPRINT = "secret.key.fingerprint";
    /**
     * How long a found account is kept in memory: every request needs its caller's account, and a database
     * query plus two AES-GCM decryptions per request were a large part of the gateway's own cost. A user
     * removed or re-keyed by another process (the CLI, another node) is honoured here within this time.
     */
    static final Duration FOUND_ACCOUNT_TTL = Duration.ofSeconds(5);
    static final int MAX_CACHED_ACCOUNTS = 10_000;

    private final Database database;
    private final SecretBox box;
    private final Clock clock;
    private final StoredIdIndex idIndex;
    private final UsageLedger usage;
    private final StoredCertificates certificates;
    private final ExpiringCache<String, Account> found;

    private AccountStore(Database database, SecretBox box, Clock clock) {
        this.database = database;
        this.box = box;
        this.clock = clock;
        this.idIndex = new StoredIdIndex(database, clock);
        this.usage = new UsageLedger(database);
        this.certificates = new StoredCertificates(database, clock);
        this.found = new ExpiringCache<>(clock, MAX_CACHED_ACCOUNTS);
    }

    /** Opens the store, creating the key, the embedded database and the schema on first start. */
    public static AccountStore open(GatewayConfig config) {
        return open(config, Clock.systemUTC());
    }

    static AccountStore open(GatewayConfig config, Clock clock) {
        SecretBox box = SecretKeyFile.load(config.path(ConfigKey.DATA_DIR));
        Database database = Database.open(config);
        try {
            checkKey(database, box);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new AccountStore(database, box, clock);
    }

    /**
     * The first store to open records its key's fingerprint; a node with another secret.key is refused
     * here rather than failing on every secret later.
     */
    private static void checkKey(Database database, SecretBox box) {
        String fingerprint = box.fingerprint();
        List<String> known = knownFingerprint(database);
        if (known.isEmpty()) {
            try {
                database.update("INSERT INTO store_meta (meta_name, meta_value) VALUES (?, ?)",
                        KEY_FINGERPRINT, fingerprint);
                return;
            } catch (StoreException raced) {
                known = knownFingerprint(database);
                if (known.isEmpty()) {
                    throw raced;
                }
            }
        }
        if (!known.get(0).equals(fingerprint)) {
            throw new StoreException("refusing to start: the account store's secrets were sealed with another "
                    + SecretKeyFile.NAME + " (every gateway node sharing a database needs the same key file)");
        }
    }

    private static List<String> knownFingerprint(Database database) {
        return database.query("SELECT meta_value FROM store_meta WHERE meta_name = ?",
                row -> row.getString(1), KEY_FINGERPRINT);
    }

    @Override
    public void register(String accessKey, String secretKey, CloudStackCredentials cloudStack) {
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(cloudStack, "cloudStack");
        String ec2Secret = box.seal(secretKey, context(accessKey, "ec2_secret"));
        String csSecret = box.seal(cloudStack.secretKey(), context(accessKey, "cloudstack_secret"));
        var now = clock.instant();
        database.upsert(
                "UPDATE accounts SET ec2_secret = ?, cloudstack_api_key = ?, cloudstack_secret = ?, created_at = ?"
                        + " WHERE access_key = ?",
                new Object[] {ec2Secret, cloudStack.apiKey(), csSecret, now, accessKey},
                "INSERT INTO accounts (access_key, ec2_secret, cloudstack_api_key, cloudstack_secret, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                new Object[] {accessKey, ec2Secret, cloudStack.apiKey(), csSecret, now});
        found.remove(accessKey);
    }

    @Override
    public Optional<Account> find(String accessKey) {
        if (accessKey == null || accessKey.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> cached = found.get(accessKey);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<Account> account = database.query(
                "SELECT ec2_secret, cloudstack_api_key, cloudstack_secret FROM accounts WHERE access_key = ?",
                row -> new Account(accessKey,
                        box.open(row.getString("ec2_secret"), context(accessKey, "ec2_secret")),
                        new CloudStackCredentials(row.getString("cloudstack_api_key"),
                                box.open(row.getString("cloudstack_secret"), context(accessKey, "cloudstack_secret")))),
                accessKey).stream().findFirst();
        account.ifPresent(a -> found.put(accessKey, a, FOUND_ACCOUNT_TTL));
        return account;
    }

    /** Every registered user, by access key; never a secret. */
    public List<RegisteredUser> list() {
        return database.query(
                "SELECT access_key, cloudstack_api_key, created_at FROM accounts ORDER BY access_key",
                row -> new RegisteredUser(row.getString("access_key"), row.getString("cloudstack_api_key"),
                        Database.instant(row, "created_at")));
    }

    /** Removes the user; false when the access key is not registered. */
    public boolean remove(String accessKey) {
        found.remove(accessKey);
        return database.update("DELETE FROM accounts WHERE access_key = ?", accessKey) > 0;
    }

    /** Runs a trivial query: the health check's proof that the database answers. */
    public void ping() {
        database.query("SELECT 1", row -> row.getInt(1));
    }

    /** The per-account call counts kept in this store. */
    public UsageLedger usage() {
        return usage;
    }

    /** The EC2 id → CloudStack UUID index kept in this store. */
    public StoredIdIndex idIndex() {
        return idIndex;
    }

    /** What the gateway remembers of instances: their launches and the ones it terminated. */
    public StoredInstanceHistory instanceHistory() {
        return new StoredInstanceHistory(database);
    }

    /** EC2's fingerprints and key types of the key pairs created or imported through the gateway. */
    public StoredKeyPairMemory keyPairMemory() {
        return new StoredKeyPairMemory(database);
    }

    /** The instance types an admin mapped to compute offerings. */
    public StoredInstanceTypeMappings instanceTypeMappings() {
        return new StoredInstanceTypeMappings(database, clock);
    }

    /** RunInstances client tokens and their answers. */
    public StoredClientTokens clientTokens() {
        return new StoredClientTokens(database, clock);
    }

    /** CreateVolume client tokens and the volumes they answered. */
    public TokenClaims<Volume> volumeTokens() {
        return new StoredTokenClaims<>(database, clock, StoredTokenClaims.Table.CREATE_VOLUME, Volume.class);
    }

    /** The SOAP signing certificates registered to access keys. */
    public StoredCertificates certificates() {
        return certificates;
    }

    @Override
    public void close() {
        database.close();
    }

    /** Binds a sealed secret to its row and column. */
    private static String context(String accessKey, String column) {
        return accessKey + "/" + column;
    }

    @Override
    public String toString() {
        return "AccountStore";
    }
}
