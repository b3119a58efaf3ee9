package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.instances.CsCatalog.CsServiceOffering;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import java.util.List;
import java.util.Optional;

/** Instance types are CloudStack's compute offerings, by name (an admin names them m1.small, t2.micro, ...). */
final class InstanceTypes {
    private InstanceTypes() {
    }

    /** The offering of an instance type; an unknown type is InvalidParameterValue naming the types there are. */
    static CsServiceOffering offering(CloudStack cloudStack, String instanceType) {
        Optional<CsServiceOffering> named = cloudStack.list(Command.of("listServiceOfferings").with("name",
                instanceType), "serviceoffering", CsServiceOffering.class).stream()
                .filter(o -> o.name().equals(instanceType)).findFirst();
        if (named.isPresent()) {
            return named.get();
        }
        List<String> known = all(cloudStack).stream().map(CsServiceOffering::name).sorted().toList();
        throw Ec2Error.INVALID_PARAMETER_VALUE.with("Invalid value '" + instanceType + "' for InstanceType. "
                + "The instance types of this cloud are: " + String.join(", ", known) + ".");
    }

    static List<CsServiceOffering> all(CloudStack cloudStack) {
        return cloudStack.list(Command.of("listServiceOfferings"), "serviceoffering", CsServiceOffering.class);
    }
}
