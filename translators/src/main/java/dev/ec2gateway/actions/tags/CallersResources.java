package dev.ec2gateway.actions.tags;

import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.List;
import java.util.function.Supplier;

/**
 * The UUIDs of the caller's own CloudStack objects of each taggable kind: what {@code ResourceIds} lists
 * when its index misses an EC2 id.
 */
public final class CallersResources {
    private CallersResources() {
    }

    /** A lister of the caller's objects of this kind; kinds CloudStack cannot tag have none. */
    public static Supplier<List<String>> of(Kind kind, CloudStack cloudStack) {
        Command command = switch (kind) {
            case INSTANCE -> Command.of("listVirtualMachines").with("details", "min");
            case VOLUME -> Command.of("listVolumes");
            case SNAPSHOT -> Command.of("listSnapshots");
            case IMAGE -> Command.of("listTemplates").with("templatefilter", "self");
            case SECURITY_GROUP -> Command.of("listSecurityGroups");
            case ALLOCATION -> Command.of("listPublicIpAddresses");
            default -> throw new IllegalArgumentException("no lister for " + kind);
        };
        String itemKey = switch (kind) {
            case INSTANCE -> "virtualmachine";
            case VOLUME -> "volume";
            case SNAPSHOT -> "snapshot";
            case IMAGE -> "template";
            case SECURITY_GROUP -> "securitygroup";
            default -> "publicipaddress";
        };
        return () -> cloudStack.list(command, itemKey, CsId.class).stream().map(CsId::id).distinct().toList();
    }

    /** Any CloudStack object, read for its id only. */
    record CsId(String id) {
    }
}
