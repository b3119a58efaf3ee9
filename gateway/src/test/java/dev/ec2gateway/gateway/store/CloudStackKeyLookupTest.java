package dev.ec2gateway.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.CloudStackUnavailableException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.gateway.auth.Account;
import dev.ec2gateway.gateway.auth.AccountLookup;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import dev.ec2gateway.gateway.store.CloudStackKeyLookup.CsAccount;
import dev.ec2gateway.gateway.store.CloudStackKeyLookup.CsUser;
import dev.ec2gateway.gateway.store.CloudStackKeyLookup.CsUserKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudStackKeyLookupTest {
    private static final String API_KEY = "JzXjUwlf1KMJ0vmHG0ynpmvU8E9v0xqDxPSl9UHnCKwT3Bm6";
    private static final String SECRET = "cs-secret-of-ec2user";
    private static final String USER_ID = "fc9ecd1a-3412-4f4c-bbb3-8d5de1bee622";
    private static final String ACCOUNT_ID = "8e81517f-3460-4229-b5c9-06f75b5fc783";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final Map<String, Account> registered = new HashMap<>();
    private final AccountLookup store = accessKey -> Optional.ofNullable(registered.get(accessKey));
    private final FakeCloudStack admin = new FakeCloudStack();

    private String userState = "enabled";
    private String accountState = "enabled";

    CloudStackKeyLookupTest() {
        admin.on("getUser", c -> {
            if (!API_KEY.equals(c.params().get("userapikey"))) {
                throw new CloudStackException("getUser", 431, 4350, "User with specified API key does not exist", false);
            }
            return new CsUser(USER_ID, ACCOUNT_ID, "ec2user", userState);
        });
        admin.on("listAccounts", c -> List.of(new CsAccount(c.params().get("id"), "ec2user", accountState)));
        admin.on("getUserKeys", c -> new CsUserKeys(API_KEY, SECRET));
    }

    private CloudStackKeyLookup lookup(Duration ttl) {
        return new CloudStackKeyLookup(store, admin, clock, ttl, 100);
    }

    @Test
    void findsTheKeysOfAnEnabledUserOfAnEnabledAccount() {
        Account account = lookup(Duration.ofMinutes(5)).find(API_KEY).orElseThrow();

        assertEquals(new Account(API_KEY, SECRET, new CloudStackCredentials(API_KEY, SECRET)), account);
        assertEquals(List.of(
                Command.of("getUser").with("userapikey", API_KEY),
                Command.of("listAccounts").with("id", ACCOUNT_ID).with("listall", true),
                Command.of("getUserKeys").with("id", USER_ID)), admin.calls());
    }

    @Test
    void refusesADisabledUser() {
        userState = "disabled";

        assertTrue(lookup(Duration.ofMinutes(5)).find(API_KEY).isEmpty());
        assertEquals(0, admin.callsOf("getUserKeys"));
    }

    @Test
    void refusesAnEnabledUserOfADisabledAccount() {
        accountState = "disabled";

        assertTrue(lookup(Duration.ofMinutes(5)).find(API_KEY).isEmpty());
        assertEquals(0, admin.callsOf("getUserKeys"));
    }

    @Test
    void refusesAUserOfALockedAccount() {
        accountState = "locked";

        assertTrue(lookup(Duration.ofMinutes(5)).find(API_KEY).isEmpty());
    }

    @Test
    void refusesAUserWhoseAccountIsGone() {
        admin.on("listAccounts", c -> List.of());

        assertTrue(lookup(Duration.ofMinutes(5)).find(API_KEY).isEmpty());
    }

    @Test
    void refusesAKeyNoCloudStackUserHas() {
        assertTrue(lookup(Duration.ofMinutes(5)).find("AKIDNOBODYHAS").isEmpty());
    }

    @Test
    void refusesAUserWithoutKeys() {
        admin.on("getUserKeys", c -> new CsUserKeys(null, null));

        assertTrue(lookup(Duration.ofMinutes(5)).find(API_KEY).isEmpty());
    }

    @Test
    void refusesKeysChangedSinceTheUserWasFound() {
        admin.on("getUserKeys", c -> new CsUserKeys("a-newer-api-key", "a-newer-secret"));

        assertTrue(lookup(Duration.ofMinutes(5)).find(API_KEY).isEmpty());
    }

    @Test
    void asksTheStoreFirstAndCloudStackNotAtAllForARegisteredUser() {
        Account account = new Account("AKREG", "SKREG", new CloudStackCredentials("cs-api", "cs-secret"));
        registered.put("AKREG", account);

        assertEquals(Optional.of(account), lookup(Duration.ofMinutes(5)).find("AKREG"));
        assertEquals(List.of(), admin.calls());
    }

    @Test
    void asksCloudStackOnceWhileAnAnswerIsCached() {
        CloudStackKeyLookup lookup = lookup(Duration.ofMinutes(5));

        lookup.find(API_KEY);
        clock.advance(Duration.ofMinutes(4));
        Optional<Account> again = lookup.find(API_KEY);

        assertTrue(again.isPresent());
        assertEquals(1, admin.callsOf("getUser"));
    }

    @Test
    void asksCloudStackAgainOnceTheCacheTimeHasPassed() {
        CloudStackKeyLookup lookup = lookup(Duration.ofMinutes(5));
        lookup.find(API_KEY);

        clock.advance(Duration.ofMinutes(5));
        userState = "disabled";

        assertTrue(lookup.find(API_KEY).isEmpty());
        assertEquals(2, admin.callsOf("getUser"));
    }

    @Test
    void remembersAnUnknownKeyForAShorterTime() {
        CloudStackKeyLookup lookup = lookup(Duration.ofMinutes(5));
        lookup.find("AKIDNOBODYHAS");
        clock.advance(Duration.ofSeconds(29));
        lookup.find("AKIDNOBODYHAS");
        assertEquals(1, admin.callsOf("getUser"));

        clock.advance(Duration.ofSeconds(1));
        lookup.find("AKIDNOBODYHAS");

        assertEquals(2, admin.callsOf("getUser"));
    }

    @Test
    void cachesNothingWhenTheCacheTimeIsZero() {
        CloudStackKeyLookup lookup = lookup(Duration.ZERO);

        lookup.find(API_KEY);
        lookup.find(API_KEY);

        assertEquals(2, admin.callsOf("getUser"));
    }

    @Test
    void keepsNoMoreKeysThanItsMaximum() {
        CloudStackKeyLookup lookup = new CloudStackKeyLookup(store, admin, clock, Duration.ofMinutes(5), 1);

        lookup.find(API_KEY);
        lookup.find("AKIDNOBODYHAS");
        lookup.find(API_KEY);

        assertEquals(3, admin.callsOf("getUser"));
    }

    @Test
    void letsAnUnreachableCloudStackShowAndCachesNothing() {
        admin.on("getUser", c -> {
            throw new CloudStackUnavailableException("connection refused", null);
        });
        CloudStackKeyLookup lookup = lookup(Duration.ofMinutes(5));

        assertThrows(CloudStackUnavailableException.class, () -> lookup.find(API_KEY));
        assertThrows(CloudStackUnavailableException.class, () -> lookup.find(API_KEY));
        assertEquals(2, admin.callsOf("getUser"));
    }

    @Test
    void treatsRefusedAdminKeysAsCloudStackUnavailable() {
        admin.on("getUser", c -> {
            throw new CloudStackException("getUser", 401, 0, "unable to verify user credentials", false);
        });

        CloudStackUnavailableException e = assertThrows(CloudStackUnavailableException.class,
                () -> lookup(Duration.ofMinutes(5)).find(API_KEY));
        assertTrue(e.getMessage().contains("401"), e.getMessage());
    }

    @Test
    void isOnlyTheStoreWhenNoAdminKeysAreConfigured(@TempDir Path dataDir) {
        GatewayConfig config = GatewayConfig.of(Map.of(ConfigKey.DATA_DIR, dataDir.toString()));
        try (AccountStore accountStore = AccountStore.open(config)) {
            AccountLookup lookup = CloudStackKeyLookup.forConfig(config, accountStore, (c, keys) -> {
                throw new AssertionError("no admin client without admin keys");
            });

            assertSame(accountStore, lookup);
        }
    }

    @Test
    void connectsWithTheAdminKeysWhenTheyAreConfigured(@TempDir Path dataDir) {
        GatewayConfig config = GatewayConfig.of(Map.of(
                ConfigKey.DATA_DIR, dataDir.toString(),
                ConfigKey.CLOUDSTACK_ADMIN_API_KEY, "admin-api",
                ConfigKey.CLOUDSTACK_ADMIN_SECRET_KEY, "admin-secret"));
        try (AccountStore accountStore = AccountStore.open(config)) {
            List<CloudStackCredentials> connected = new java.util.ArrayList<>();
            AccountLookup lookup = CloudStackKeyLookup.forConfig(config, accountStore, (c, keys) -> {
                connected.add(keys);
                return admin;
            });

            assertEquals(List.of(new CloudStackCredentials("admin-api", "admin-secret")), connected);
            assertTrue(lookup.find(API_KEY).isPresent());
        }
    }
}
