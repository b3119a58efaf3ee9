package dev.ec2gateway.standin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A CloudStack account (type 0 = user, 1 = root admin) with its users and resource limits. */
final class Account {

    private final String id;
    private final String name;
    private final int type;
    private final Instant created;
    private final List<User> users = new ArrayList<>();
    private final Map<ResourceType, Long> limits = new EnumMap<>(ResourceType.class);
    private boolean enabled = true;

    Account(String id, String name, int type, Instant created) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.created = created;
        for (ResourceType resource : ResourceType.values()) {
            limits.put(resource, resource.defaultLimit());
        }
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    int type() {
        return type;
    }

    boolean isAdmin() {
        return type == 1;
    }

    Instant created() {
        return created;
    }

    List<User> users() {
        return users;
    }

    boolean enabled() {
        return enabled;
    }

    void setEnabled(boolean value) {
        enabled = value;
    }

    long limit(ResourceType resource) {
        return limits.get(resource);
    }

    void setLimit(ResourceType resource, long max) {
        limits.put(resource, max);
    }

    String roleId() {
        return isAdmin() ? Seed.ADMIN_ROLE_ID : Seed.USER_ROLE_ID;
    }

    String roleType() {
        return isAdmin() ? "Admin" : "User";
    }

    String roleName() {
        return isAdmin() ? "Root Admin" : "User";
    }
}
