package dev.ec2gateway.actions.images;

import dev.ec2gateway.actions.CloudStackTimes;
import dev.ec2gateway.actions.Tags;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A CloudStack template seen as an EC2 image. */
final class ImageView {
    /** The root device every image boots from: CloudStack's device 0. */
    static final String ROOT_DEVICE = "/dev/sda1";
    private static final long GIB = 1024L * 1024 * 1024;

    private ImageView() {
    }

    static Image of(CsTemplate template) {
        return new Image(Ec2Ids.of(Kind.IMAGE, template.id()), location(template), state(template),
                template.account(), Boolean.TRUE.equals(template.ispublic()), architecture(template.arch()),
                "machine", platform(template.ostypename()), template.name(), template.displaytext(), "ebs",
                ROOT_DEVICE, blockDevices(template), "hvm", Tags.fromCloudStack(template.tags()),
                hypervisor(template.hypervisor()), CloudStackTimes.parse(template.created()));
    }

    static List<BlockDeviceMapping> blockDevices(CsTemplate template) {
        Integer gib = template.size() == null ? null : (int) ((template.size() + GIB - 1) / GIB);
        return List.of(new BlockDeviceMapping(ROOT_DEVICE, new EbsBlockDevice(gib, true, "standard")));
    }

    private static String location(CsTemplate template) {
        return template.url() != null ? template.url() : template.account() + "/" + template.name();
    }

    private static String state(CsTemplate template) {
        return template.ready() ? "available" : template.failed() ? "failed" : "pending";
    }

    private static String architecture(String arch) {
        if (arch == null || arch.isEmpty()) {
            return "x86_64";
        }
        return arch.equalsIgnoreCase("aarch64") ? "arm64" : arch;
    }

    private static String platform(String osTypeName) {
        return osTypeName != null && osTypeName.toLowerCase(Locale.ROOT).contains("windows") ? "windows" : null;
    }

    /** EC2 knows xen and ovm; other hypervisors keep CloudStack's name, lower-case (clients take any value). */
    private static String hypervisor(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("xenserver") ? "xen" : lower;
    }
}
