package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.instances.CsCatalog.CsServiceOffering;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Instance types are CloudStack's compute offerings: the offering an admin mapped the type to, else the
 * offering of the type's name (an admin names them m1.small, t2.micro, ...). Read once per request.
 */
final class InstanceTypes {
    private final Map<String, String> mapped;
    // in type order, so that an offering mapped from several types shows as the first; sorted once, not per VM
    private final List<Map.Entry<String, String>> byType;

    private InstanceTypes(Map<String, String> mapped) {
        this.mapped = Map.copyOf(mapped);
        this.byType = List.copyOf(new TreeMap<>(mapped).entrySet());
    }

    static InstanceTypes of(InstanceTypeMappings mappings) {
        return new InstanceTypes(mappings.all());
    }

    /** The instance type an offering shows as: the type mapped to it, else its own name. */
    String typeOf(String offeringId, String offeringName) {
        for (Map.Entry<String, String> mapping : byType) {
            if (mapping.getValue().equals(offeringId) || mapping.getValue().equals(offeringName)) {
                return mapping.getKey();
            }
        }
        return offeringName;
    }

    /** The offering of an instance type; an unknown type is InvalidParameterValue naming the types there are. */
    CsServiceOffering offering(CloudStack cloudStack, String instanceType) {
        return offering(cloudStack, instanceType, name -> cloudStack.list(Command.of("listServiceOfferings")
                .with("name", name), "serviceoffering", CsServiceOffering.class).stream()
                .filter(o -> o.name().equals(name)).findFirst(), usable -> all(cloudStack));
    }

    /** The same, through the offerings a launch catalog keeps. */
    CsServiceOffering offering(LaunchCatalog.Caller catalog, String instanceType) {
        return offering(catalog.cloudStack(), instanceType, catalog::offeringNamed, catalog::offerings);
    }

    private CsServiceOffering offering(CloudStack cloudStack, String instanceType,
                                       Function<String, Optional<CsServiceOffering>> named,
                                       Function<Predicate<List<CsServiceOffering>>, List<CsServiceOffering>> every) {
        String target = mapped.get(instanceType);
        if (target != null) {
            Predicate<CsServiceOffering> isTarget = o -> o.id().equals(target) || o.name().equals(target);
            return every.apply(list -> list.stream().anyMatch(isTarget)).stream().filter(isTarget)
                    .findFirst().orElseThrow(() -> Ec2Error.INVALID_PARAMETER_VALUE.with("The instance type "
                            + instanceType + " is mapped to the compute offering '" + target
                            + "', which this account cannot use."));
        }
        Optional<CsServiceOffering> found = named.apply(instanceType);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> known = all(cloudStack).stream().map(o -> typeOf(o.id(), o.name())).distinct().sorted()
                .toList();
        throw Ec2Error.INVALID_PARAMETER_VALUE.with("Invalid value '" + instanceType + "' for InstanceType. "
                + "The instance types of this cloud are: " + String.join(", ", known) + ".");
    }

    static List<CsServiceOffering> all(CloudStack cloudStack) {
        return cloudStack.list(Command.of("listServiceOfferings"), "serviceoffering", CsServiceOffering.class);
    }
}
