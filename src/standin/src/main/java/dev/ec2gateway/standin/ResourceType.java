package dev.ec2gateway.standin;

/** CloudStack's resource-limit types with their numeric codes, names and default per-account limits. */
enum ResourceType {
    USER_VM(0, "user_vm", 20),
    PUBLIC_IP(1, "public_ip", 20),
    VOLUME(2, "volume", 20),
    SNAPSHOT(3, "snapshot", 20),
    TEMPLATE(4, "template", 20),
    PROJECT(5, "project", 10),
    NETWORK(6, "network", 20),
    VPC(7, "vpc", 20),
    CPU(8, "cpu", 40),
    MEMORY(9, "memory", 40960),
    PRIMARY_STORAGE(10, "primary_storage", 200),
    SECONDARY_STORAGE(11, "secondary_storage", 400);

    private final int code;
    private final String label;
    private final long defaultLimit;

    ResourceType(int code, String label, long defaultLimit) {
        this.code = code;
        this.label = label;
        this.defaultLimit = defaultLimit;
    }

    int code() {
        return code;
    }

    String label() {
        return label;
    }

    long defaultLimit() {
        return defaultLimit;
    }
}
