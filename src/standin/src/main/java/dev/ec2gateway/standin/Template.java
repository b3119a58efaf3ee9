package dev.ec2gateway.standin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A template: the built-in featured one of each zone or one an account registered or created. */
final class Template implements Owned {

    private final String id;
    private final String name;
    private final String displayText;
    private final Zone zone;
    private final Account owner;
    private final OsType osType;
    private final boolean passwordEnabled;
    private final String format;
    private final long size;
    private final Instant created;
    private final String sourceTemplateId;
    private final Map<String, String> details = new LinkedHashMap<>();
    private final Set<Account> sharedWith = new LinkedHashSet<>();
    private boolean isPublic;
    private boolean featured;
    private boolean ready = true;
    private boolean removed;
    private String url;

    Template(String id, String name, String displayText, Zone zone, Account owner, OsType osType,
             boolean passwordEnabled, String format, long size, Instant created, String sourceTemplateId) {
        this.id = id;
        this.name = name;
        this.displayText = displayText;
        this.zone = zone;
        this.owner = owner;
        this.osType = osType;
        this.passwordEnabled = passwordEnabled;
        this.format = format;
        this.size = size;
        this.created = created;
        this.sourceTemplateId = sourceTemplateId;
    }

    @Override
    public String id() {
        return id;
    }

    /** The owning account; null for the system's built-in templates. */
    @Override
    public Account owner() {
        return owner;
    }

    boolean builtIn() {
        return owner == null;
    }

    String name() {
        return name;
    }

    String displayText() {
        return displayText;
    }

    Zone zone() {
        return zone;
    }

    OsType osType() {
        return osType;
    }

    boolean passwordEnabled() {
        return passwordEnabled;
    }

    String format() {
        return format;
    }

    long size() {
        return size;
    }

    Instant created() {
        return created;
    }

    String sourceTemplateId() {
        return sourceTemplateId;
    }

    Map<String, String> details() {
        return details;
    }

    Set<Account> sharedWith() {
        return sharedWith;
    }

    boolean isPublic() {
        return isPublic;
    }

    void setPublic(boolean value) {
        isPublic = value;
    }

    boolean featured() {
        return featured;
    }

    void setFeatured(boolean value) {
        featured = value;
    }

    boolean ready() {
        return ready;
    }

    void setReady(boolean value) {
        ready = value;
    }

    boolean removed() {
        return removed;
    }

    void remove() {
        removed = true;
    }

    /** The URL a registered template was downloaded from; null for other templates. */
    String url() {
        return url;
    }

    void setUrl(String value) {
        url = value;
    }

    boolean usableBy(Account account) {
        return !removed && (isPublic || owner == account || sharedWith.contains(account));
    }
}
