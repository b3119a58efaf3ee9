package dev.ec2gateway.actions.images;

import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * RegisterImage on registerTemplate. CloudStack needs a format, an OS type, a hypervisor and a zone that EC2
 * has no parameters for: they come from the gateway's own parameters or the location's fragment, else
 * from defaults (docs/images.md).
 */
final class ImageRegistration {
    static final String DEFAULT_OS_TYPE = "Other (64-bit)";
    static final String DEFAULT_OS_TYPE_32 = "Other (32-bit)";
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ResourceIds ids;

    ImageRegistration(ResourceIds ids) {
        this.ids = ids;
    }

    RegisterImageResult registerImage(RegisterImageRequest request, CloudStack cloudStack) {
        ImageNames.requireValid(request.name());
        ImageLocation location = ImageLocation.parse(request.imageLocation());
        String arch = architecture(request.architecture());
        Boolean requiresHvm = requiresHvm(request.virtualizationType());
        String format = either(request.format(), location.option("format"));
        format = format != null ? format.toUpperCase(Locale.ROOT) : location.formatFromName();
        if (format == null) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("The image format cannot be told from ImageLocation '"
                    + location.url() + "': give Format (QCOW2, RAW, VHD, VHDX, OVA, ...) or #format=... in the location.");
        }
        CsZone zone = zone(cloudStack, either(request.availabilityZone(), location.option("zone")));
        String hypervisor = hypervisor(cloudStack, either(request.hypervisor(), location.option("hypervisor")), zone);
        String osTypeId = osTypeId(cloudStack, either(request.osType(), location.option("ostype")),
                "i386".equals(request.architecture()));
        Command register = Command.of("registerTemplate")
                .with("name", request.name())
                .with("displaytext", request.description() == null || request.description().isEmpty()
                        ? request.name() : request.description())
                .with("url", location.url())
                .with("format", format)
                .with("hypervisor", hypervisor)
                .with("ostypeid", osTypeId)
                .with("zoneid", zone.id())
                .with("arch", arch)
                .with("requireshvm", requiresHvm);
        CsTemplateList registered = cloudStack.read(register, CsTemplateList.class);
        if (registered.template() == null || registered.template().isEmpty()) {
            throw Ec2Error.INTERNAL_ERROR.with();
        }
        return new RegisterImageResult(ids.remember(Kind.IMAGE, registered.template().get(0).id()));
    }

    private static String either(String parameter, String fragmentOption) {
        return parameter != null && !parameter.isEmpty() ? parameter : fragmentOption;
    }

    /** EC2's architecture names to CloudStack's; i386 guests run on x86_64, which CloudStack assumes anyway. */
    private static String architecture(String architecture) {
        if (architecture == null || architecture.equals("i386")) {
            return null;
        }
        return switch (architecture) {
            case "x86_64" -> "x86_64";
            case "arm64" -> "aarch64";
            default -> throw Ec2Error.INVALID_PARAMETER_VALUE.with(
                    "Architecture '" + architecture + "' is not supported: use x86_64, arm64 or i386.");
        };
    }

    private static Boolean requiresHvm(String virtualizationType) {
        if (virtualizationType == null) {
            return null;
        }
        return switch (virtualizationType) {
            case "hvm" -> true;
            case "paravirtual" -> false;
            default -> throw Ec2Error.INVALID_PARAMETER_VALUE.with(
                    "VirtualizationType '" + virtualizationType + "' is not valid: use hvm or paravirtual.");
        };
    }

    /** The zone named (by name or id), else the first zone CloudStack lists. */
    private static CsZone zone(CloudStack cloudStack, String wanted) {
        List<CsZone> zones = cloudStack.list(Command.of("listZones"), "zone", CsZone.class);
        if (wanted == null) {
            return zones.stream().findFirst().orElseThrow(() -> Ec2Error.INVALID_PARAMETER_VALUE.with(
                    "This cloud has no zone to register the image in."));
        }
        return zones.stream().filter(z -> wanted.equals(z.name()) || wanted.equals(z.id())).findFirst()
                .orElseThrow(() -> Ec2Error.INVALID_PARAMETER_VALUE.with(
                        "The availability zone '" + wanted + "' does not exist."));
    }

    /** The hypervisor named, else the first one listHypervisors names for the zone. */
    private static String hypervisor(CloudStack cloudStack, String wanted, CsZone zone) {
        if (wanted != null) {
            return wanted;
        }
        return cloudStack.list(Command.of("listHypervisors").with("zoneid", zone.id()), "hypervisor",
                        CsHypervisor.class).stream()
                .map(CsHypervisor::name).findFirst()
                .orElseThrow(() -> Ec2Error.INVALID_PARAMETER_VALUE.with("CloudStack names no hypervisor for zone '"
                        + zone.name() + "': give Hypervisor (KVM, XenServer, VMware, ...)."));
    }

    /** An OS type id as given, or the OS type of that name (listOsTypes), or the default. */
    private static String osTypeId(CloudStack cloudStack, String wanted, boolean bits32) {
        if (wanted != null && UUID.matcher(wanted).matches()) {
            return wanted;
        }
        String name = wanted != null ? wanted : bits32 ? DEFAULT_OS_TYPE_32 : DEFAULT_OS_TYPE;
        return cloudStack.list(Command.of("listOsTypes").with("description", name), "ostype", CsOsType.class)
                .stream()
                .filter(o -> name.equalsIgnoreCase(o.description()) || name.equalsIgnoreCase(o.name()))
                .map(CsOsType::id).findFirst()
                .orElseThrow(() -> Ec2Error.INVALID_PARAMETER_VALUE.with("The OS type '" + name
                        + "' does not exist: give OsType, a name or id that CloudStack's listOsTypes shows."));
    }
}
