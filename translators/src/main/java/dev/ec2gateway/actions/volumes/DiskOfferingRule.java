package dev.ec2gateway.actions.volumes;

import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import java.util.Comparator;
import java.util.List;

/**
 * Which CloudStack disk offering a new volume of a given size comes from. EC2 names a size, CloudStack
 * wants an offering: the administrator names one (setting {@code volume.disk.offering}); without that,
 * the first offering with a custom size, by name. docs/volumes.md explains the rule.
 */
final class DiskOfferingRule {
    private final String configuredName;

    /** @param configuredName the offering the administrator chose; empty for the default rule */
    DiskOfferingRule(String configuredName) {
        this.configuredName = configuredName == null ? "" : configuredName.strip();
    }

    /** The id of the offering to create a volume of a custom size from. */
    String offeringId(CloudStack cloudStack) {
        List<CsDiskOffering> offerings = cloudStack.list(Command.of("listDiskOfferings"), "diskoffering",
                CsDiskOffering.class);
        if (!configuredName.isEmpty()) {
            CsDiskOffering named = offerings.stream().filter(o -> configuredName.equals(o.name())).findFirst()
                    .orElseThrow(() -> Ec2Error.INVALID_PARAMETER_VALUE.with("The disk offering '" + configuredName
                            + "' set as volume.disk.offering does not exist or is not available to this account."));
            if (!Boolean.TRUE.equals(named.iscustomized())) {
                throw Ec2Error.INVALID_PARAMETER_VALUE.with("The disk offering '" + configuredName
                        + "' set as volume.disk.offering has a fixed size; it must allow a custom size.");
            }
            return named.id();
        }
        return offerings.stream()
                .filter(o -> Boolean.TRUE.equals(o.iscustomized()))
                .min(Comparator.comparing(CsDiskOffering::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(CsDiskOffering::id)
                .orElseThrow(() -> Ec2Error.INVALID_PARAMETER_VALUE.with("This cloud has no disk offering with a "
                        + "custom size, so volumes of a given size cannot be created. An administrator has to "
                        + "create one (or name one in volume.disk.offering)."));
    }
}
