package dev.ec2gateway.standin;

/** How much of each limited resource an account uses, and the limit check CloudStack answers 535 for. */
final class ResourceUsage {

    private final Store store;
    private final Account account;

    ResourceUsage(Store store, Account account) {
        this.store = store;
        this.account = account;
    }

    long count(ResourceType type) {
        return switch (type) {
            case USER_VM -> store.vms().values().stream().filter(v -> v.owner() == account && v.visible()).count();
            case VOLUME -> store.volumes().values().stream().filter(v -> v.owner() == account).count();
            case PUBLIC_IP -> store.publicIps().values().stream().filter(i -> i.owner() == account).count();
            case TEMPLATE -> store.templates().values().stream()
                    .filter(t -> t.owner() == account && !t.removed()).count();
            case SNAPSHOT -> store.snapshots().values().stream().filter(s -> s.owner() == account).count();
            case NETWORK -> store.networks().values().stream().filter(n -> n.owner() == account).count();
            case CPU -> store.vms().values().stream().filter(v -> v.owner() == account && v.visible())
                    .mapToLong(v -> v.offering().cpuNumber()).sum();
            case MEMORY -> store.vms().values().stream().filter(v -> v.owner() == account && v.visible())
                    .mapToLong(v -> v.offering().memory()).sum();
            default -> 0;
        };
    }

    long vmsIn(VmState state) {
        return store.vms().values().stream().filter(v -> v.owner() == account && v.state() == state).count();
    }

    /** Throws CloudStack's 535 if taking {@code amount} more would exceed the account's limit. */
    void check(ResourceType type, long amount) {
        long max = account.limit(type);
        long used = count(type);
        if (max >= 0 && used + amount > max) {
            throw new ApiError(ApiError.LIMIT, ApiError.CS_GENERIC, "Maximum amount of resources of Type = '"
                    + type.label() + "', tag = 'null' for Account Name = " + account.name()
                    + " in Domain Id = 1 is exceeded: Account Resource Limit = " + max
                    + ", Current Account Resource Amount = " + used
                    + ", Current Account Resource Reservation = 0, Requested Resource Amount = " + amount + ".");
        }
    }
}
