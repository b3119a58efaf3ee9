package dev.ec2gateway.standin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** All state of the stand-in; every read and change happens while holding this object's monitor. */
final class Store {

    private final Clock clock;
    private final boolean fixedKeys;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Zone> zones = new LinkedHashMap<>();
    private final Map<String, ServiceOffering> serviceOfferings = new LinkedHashMap<>();
    private final Map<String, DiskOffering> diskOfferings = new LinkedHashMap<>();
    private final Map<String, OsType> osTypes = new LinkedHashMap<>();
    private final Map<String, NetworkOffering> networkOfferings = new LinkedHashMap<>();
    private final Map<String, Network> networks = new LinkedHashMap<>();
    private final Map<String, Template> templates = new LinkedHashMap<>();
    private final Map<String, KeyPair> keyPairs = new LinkedHashMap<>();
    private final Map<String, SecurityGroup> securityGroups = new LinkedHashMap<>();
    private final Map<String, Vm> vms = new LinkedHashMap<>();
    private final Map<String, Volume> volumes = new LinkedHashMap<>();
    private final Map<String, PublicIp> publicIps = new LinkedHashMap<>();
    private final Map<String, Snapshot> snapshots = new LinkedHashMap<>();
    private final List<Tag> tags = new ArrayList<>();
    private final java.util.Set<String> deletedIds = new java.util.HashSet<>();
    private final Map<String, AsyncJob> jobs = new LinkedHashMap<>();
    private long nextInternalId = 1;
    private int nextVlan = 100;
    private int nextPublicHost = 2;

    Store(Clock clock, boolean fixedKeys) {
        this.clock = clock;
        this.fixedKeys = fixedKeys;
    }

    /** Now, to the second, as CloudStack's dates are. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    String newId() {
        return UUID.randomUUID().toString();
    }

    long nextInternalId() {
        return nextInternalId++;
    }

    int nextVlan() {
        return nextVlan++;
    }

    /** The next free address of a zone's public range. */
    String nextPublicAddress(Zone zone) {
        return zone.publicPrefix() + "." + nextPublicHost++;
    }

    String randomMac() {
        byte[] bytes = new byte[3];
        random.nextBytes(bytes);
        return String.format("1e:00:%02x:00:%02x:%02x", bytes[0], bytes[1], bytes[2]);
    }

    String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    Account addAccount(String id, String name, int type) {
        Account account = new Account(id, name, type, now());
        accounts.put(account.id(), account);
        if (!account.isAdmin()) {
            SecurityGroup group = new SecurityGroup(newId(), "default", "Default Security Group", account);
            securityGroups.put(group.id(), group);
        }
        return account;
    }

    User addUser(String id, Account account, String username, String firstname, String lastname) {
        User user = new User(id, username, firstname, lastname, now(), account);
        account.users().add(user);
        users.put(user.id(), user);
        return user;
    }

    /** Gives the user new keys: random ones, or with fixed keys derived from the user name. */
    void registerKeys(User user) {
        if (fixedKeys) {
            user.setKeys(derivedKey("api:" + user.username()), derivedKey("secret:" + user.username()));
        } else {
            user.setKeys(randomKey(), randomKey());
        }
    }

    Optional<User> userByApiKey(String apiKey) {
        return users.values().stream().filter(u -> apiKey.equals(u.apiKey())).findFirst();
    }

    Optional<Account> accountByName(String name) {
        return accounts.values().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    private String randomKey() {
        byte[] bytes = new byte[64];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String derivedKey(String seed) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-512");
            byte[] bytes = sha.digest(("cloudstack-standin:" + seed).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Account> accounts() {
        return accounts;
    }

    Map<String, User> users() {
        return users;
    }

    Map<String, Zone> zones() {
        return zones;
    }

    Map<String, ServiceOffering> serviceOfferings() {
        return serviceOfferings;
    }

    Map<String, DiskOffering> diskOfferings() {
        return diskOfferings;
    }

    Map<String, OsType> osTypes() {
        return osTypes;
    }

    Map<String, NetworkOffering> networkOfferings() {
        return networkOfferings;
    }

    Map<String, Network> networks() {
        return networks;
    }

    Map<String, Template> templates() {
        return templates;
    }

    Map<String, KeyPair> keyPairs() {
        return keyPairs;
    }

    Map<String, SecurityGroup> securityGroups() {
        return securityGroups;
    }

    Map<String, Vm> vms() {
        return vms;
    }

    Map<String, Volume> volumes() {
        return volumes;
    }

    Map<String, PublicIp> publicIps() {
        return publicIps;
    }

    Map<String, Snapshot> snapshots() {
        return snapshots;
    }

    /** Tags in the order CloudStack lists them: newest first. */
    List<Tag> tags() {
        return tags;
    }

    List<Tag> tagsOf(String resourceId) {
        return tags.stream().filter(t -> t.resourceId().equals(resourceId)).toList();
    }

    /** Ids of deleted volumes, snapshots and IPs: listing by such an id gives {} rather than an error. */
    java.util.Set<String> deletedIds() {
        return deletedIds;
    }

    Map<String, AsyncJob> jobs() {
        return jobs;
    }
}
