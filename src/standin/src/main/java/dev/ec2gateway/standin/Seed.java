package dev.ec2gateway.standin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The fixed world the stand-in starts with: domain, accounts, zones, offerings, OS types, templates. */
final class Seed {

    static final String DOMAIN_ID = named("domain:ROOT");
    static final String USER_ROLE_ID = named("role:User");
    static final String ADMIN_ROLE_ID = named("role:Root Admin");
    static final String BUILTIN_TEMPLATE_NAME = "CentOS 5.6 (64-bit) no GUI (Simulator)";
    static final long TWO_GB = 2L * 1024 * 1024 * 1024;

    private Seed() {
    }

    /** A stable UUID for a seeded object, so ids do not change between runs. */
    static String named(String name) {
        return UUID.nameUUIDFromBytes(("standin:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static void populate(Store store) {
        Account admin = store.addAccount(named("account:admin"), "admin", 1);
        store.registerKeys(store.addUser(named("user:admin"), admin, "admin", "Admin", "User"));
        for (String name : List.of("ec2user", "ec2other")) {
            Account account = store.addAccount(named("account:" + name), name, 0);
            store.registerKeys(store.addUser(named("user:" + name), account, name, "EC2", name));
        }
        Instant created = store.now();
        Zone basic = new Zone(named("zone:Sim-Basic"), "Sim-Basic", true, named("token:basic"), "10.147.41",
                null);
        Zone advanced = new Zone(named("zone:Sim-Advanced"), "Sim-Advanced", false, named("token:advanced"),
                "10.1.1", "192.168.2");
        store.zones().put(basic.id(), basic);
        store.zones().put(advanced.id(), advanced);
        serviceOffering(store, "Small Instance", 1, 500, 512, created);
        serviceOffering(store, "Medium Instance", 1, 1000, 1024, created);
        serviceOffering(store, "m1.small", 1, 1000, 1740, created);
        serviceOffering(store, "m1.large", 2, 2000, 7680, created);
        serviceOffering(store, "t2.micro", 1, 1000, 1024, created);
        diskOffering(store, "Small", "Small Disk, 5 GB", 5, false, created);
        diskOffering(store, "Medium", "Medium Disk, 20 GB", 20, false, created);
        diskOffering(store, "Large", "Large Disk, 100 GB", 100, false, created);
        diskOffering(store, "Custom", "Custom Disk", 0, true, created);
        OsType centos = osType(store, "CentOS", "CentOS 5.6 (64-bit)");
        osType(store, "CentOS", "CentOS 7");
        osType(store, "Debian", "Debian GNU/Linux 12 (64-bit)");
        osType(store, "Ubuntu", "Ubuntu 22.04 LTS");
        osType(store, "Other", "Other Linux (64-bit)");
        osType(store, "Windows", "Windows Server 2019 (64-bit)");
        NetworkOfferings.populate(store, created);
        NetworkOffering sgOffering = store.networkOfferings().get(named("networkoffering:"
                + NetworkOfferings.SHARED_WITH_SG));
        Network shared = new Network(named("network:guestNetworkForBasicZone"), "guestNetworkForBasicZone",
                "guestNetworkForBasicZone", basic, sgOffering, null, basic.guestPrefix(), created, 0, "Setup");
        store.networks().put(shared.id(), shared);
        Template builtIn = new Template(named("template:builtin"), BUILTIN_TEMPLATE_NAME, BUILTIN_TEMPLATE_NAME,
                null, null, centos, false, "VHD", TWO_GB, created, null);
        builtIn.setPublic(true);
        builtIn.setFeatured(true);
        store.templates().put(builtIn.id(), builtIn);
    }

    private static void serviceOffering(Store store, String name, int cpus, int speed, int memory,
                                        Instant created) {
        ServiceOffering offering = new ServiceOffering(named("serviceoffering:" + name),
                store.serviceOfferings().size() + 1L, name, cpus, speed, memory, created);
        store.serviceOfferings().put(offering.id(), offering);
    }

    private static void diskOffering(Store store, String name, String text, long sizeGb, boolean custom,
                                     Instant created) {
        DiskOffering offering = new DiskOffering(named("diskoffering:" + name), name, text, sizeGb, custom,
                created);
        store.diskOfferings().put(offering.id(), offering);
    }

    private static OsType osType(Store store, String category, String description) {
        OsType type = new OsType(named("ostype:" + description), named("oscategory:" + category), category,
                description);
        store.osTypes().put(type.id(), type);
        return type;
    }
}
