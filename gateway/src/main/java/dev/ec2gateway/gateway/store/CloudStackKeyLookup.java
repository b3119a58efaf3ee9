package dev.ec2gateway.gateway.store;

import dev.ec2gateway.actions.ExpiringCache;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.CloudStackUnavailableException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.gateway.auth.Account;
import dev.ec2gateway.gateway.auth.AccountLookup;
import dev.ec2gateway.gateway.config.ConfigException;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key lookup mode: an access key the store does not know is taken to be a CloudStack API key, and
 * CloudStack's admin API says whose it is and gives its secret. The user and its account must both be
 * enabled (getUser says "enabled" for a user of a disabled account). Answers, found or not, are cached
 * for a while; the admin keys serve this lookup and nothing else.
 */
public final class CloudStackKeyLookup implements AccountLookup {
    /** A key that was not found is looked up again sooner, so a user just given keys can start soon. */
    static final Duration MAX_NEGATIVE_TTL = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_SIZE = 10_000;
    private static final int UNKNOWN_KEY = 431;
    private static final Logger LOG = LoggerFactory.getLogger(CloudStackKeyLookup.class);

    private final AccountLookup store;
    private final CloudStack admin;
    private final Duration ttl;
    private final Duration negativeTtl;
    private final ExpiringCache<String, Optional<Account>> cache;

    /**
     * @param store   consulted first, on every call (registered users are never cached here)
     * @param admin   CloudStack signed with the admin keys
     * @param ttl     how long an answer from CloudStack is kept (zero: not cached)
     * @param maxSize most access keys kept at once
     */
    public CloudStackKeyLookup(AccountLookup store, CloudStack admin, Clock clock, Duration ttl, int maxSize) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("the cache time must not be negative");
        }
        this.store = store;
        this.admin = admin;
        this.ttl = ttl;
        this.negativeTtl = ttl.compareTo(MAX_NEGATIVE_TTL) < 0 ? ttl : MAX_NEGATIVE_TTL;
        this.cache = new ExpiringCache<>(clock, maxSize);
    }

    /** The store alone, or the store backed by CloudStack's admin lookup when admin keys are configured. */
    public static AccountLookup forConfig(GatewayConfig config, AccountStore store, CloudStackConnector connector) {
        if (!config.isSet(ConfigKey.CLOUDSTACK_ADMIN_API_KEY)) {
            return store;
        }
        if (!config.isSet(ConfigKey.CLOUDSTACK_ADMIN_SECRET_KEY)) {
            throw new ConfigException(ConfigKey.CLOUDSTACK_ADMIN_SECRET_KEY.key() + " must be set when "
                    + ConfigKey.CLOUDSTACK_ADMIN_API_KEY.key() + " is");
        }
        Duration ttl = config.seconds(ConfigKey.LOOKUP_CACHE_SECONDS);
        if (ttl.isNegative()) {
            throw new ConfigException(ConfigKey.LOOKUP_CACHE_SECONDS.key() + " must not be negative");
        }
        CloudStackCredentials adminKeys = new CloudStackCredentials(
                config.get(ConfigKey.CLOUDSTACK_ADMIN_API_KEY), config.get(ConfigKey.CLOUDSTACK_ADMIN_SECRET_KEY));
        return new CloudStackKeyLookup(store, connector.connect(config, adminKeys), Clock.systemUTC(), ttl,
                DEFAULT_MAX_SIZE);
    }

    @Override
    public Optional<Account> find(String accessKey) {
        if (accessKey == null || accessKey.isBlank()) {
            return Optional.empty();
        }
        Optional<Account> registered = store.find(accessKey);
        if (registered.isPresent()) {
            return registered;
        }
        Optional<Optional<Account>> cached = cache.get(accessKey);
        if (cached.isPresent()) {
            return cached.get();
        }
        Optional<Account> found = lookUp(accessKey);
        cache.put(accessKey, found, found.isPresent() ? ttl : negativeTtl);
        return found;
    }

    private Optional<Account> lookUp(String accessKey) {
        CsUser user;
        try {
            user = admin.get(Command.of("getUser").with("userapikey", accessKey), "user", CsUser.class);
        } catch (CloudStackException e) {
            if (e.errorCode() == UNKNOWN_KEY) {
                return notFound(accessKey, "no CloudStack user has this API key");
            }
            throw unavailable(e);
        }
        if (user == null || user.id() == null || user.accountid() == null) {
            return notFound(accessKey, "getUser named no user");
        }
        if (!isEnabled(user.state())) {
            return notFound(accessKey, "the CloudStack user " + user.id() + " is " + user.state());
        }
        List<CsAccount> accounts = call(() -> admin.list(
                Command.of("listAccounts").with("id", user.accountid()).with("listall", true),
                "account", CsAccount.class));
        Optional<CsAccount> account = accounts.stream().filter(a -> user.accountid().equals(a.id())).findFirst();
        if (account.isEmpty() || !isEnabled(account.get().state())) {
            return notFound(accessKey, "the CloudStack account " + user.accountid() + " is "
                    + account.map(CsAccount::state).orElse("gone"));
        }
        CsUserKeys keys = call(() -> admin.get(
                Command.of("getUserKeys").with("id", user.id()), "userkeys", CsUserKeys.class));
        if (keys == null || keys.secretkey() == null || !accessKey.equals(keys.apikey())) {
            return notFound(accessKey, "the CloudStack user " + user.id() + " has no keys or other keys now");
        }
        CloudStackCredentials credentials = new CloudStackCredentials(keys.apikey(), keys.secretkey());
        return Optional.of(new Account(accessKey, keys.secretkey(), credentials));
    }

    private static boolean isEnabled(String state) {
        return "enabled".equalsIgnoreCase(state);
    }

    private static Optional<Account> notFound(String accessKey, String why) {
        LOG.debug("key lookup: access key {} not accepted: {}", accessKey, why);
        return Optional.empty();
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (CloudStackException e) {
            throw unavailable(e);
        }
    }

    /**
     * The admin lookup itself failed (for example the admin keys were refused): the caller's key can be
     * neither accepted nor refused, so the gateway answers Unavailable rather than AuthFailure.
     */
    private static CloudStackUnavailableException unavailable(CloudStackException e) {
        String message = "the key lookup in CloudStack failed: " + e.command() + " answered " + e.errorCode()
                + " (" + e.errorText() + ")";
        LOG.warn(message);
        return new CloudStackUnavailableException(message, e);
    }

    /** The fields of getUser's {@code user} that the lookup reads. */
    record CsUser(String id, String accountid, String account, String state) {
    }

    /** The fields of listAccounts' {@code account} that the lookup reads. */
    record CsAccount(String id, String name, String state) {
    }

    /** getUserKeys' {@code userkeys}; both keys are absent for a user that never had keys. */
    record CsUserKeys(String apikey, String secretkey) {
        @Override
        public String toString() {
            return "CsUserKeys[apikey=" + apikey + ", secretkey=***]";
        }
    }
}
