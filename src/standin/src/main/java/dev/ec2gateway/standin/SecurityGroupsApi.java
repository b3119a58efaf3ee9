package dev.ec2gateway.standin;

import java.util.Optional;

/** Security groups of the Basic zone. */
final class SecurityGroupsApi {

    private SecurityGroupsApi() {
    }

    static Optional<SecurityGroup> byName(Store store, Account owner, String name) {
        return store.securityGroups().values().stream()
                .filter(g -> g.owner() == owner && g.name().equals(name)).findFirst();
    }
}
