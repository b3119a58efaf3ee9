package dev.ec2gateway.actions.images;

import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Describe/Modify/ResetImageAttribute on listTemplatePermissions, updateTemplatePermissions and
 * updateTemplate. A launch permission for group "all" is a public template; one for a user id is the
 * template shared with the CloudStack account of that name.
 */
final class LaunchPermissions {
    private static final String LAUNCH_PERMISSION = "launchPermission";
    /** Attributes EC2 knows that a CloudStack template never has: answered with the image id alone. */
    private static final Set<String> ALWAYS_EMPTY = Set.of("kernel", "ramdisk", "sriovNetSupport", "bootMode",
            "tpmSupport", "uefiData", "lastLaunchedTime", "imdsSupport");

    private final ResourceIds ids;

    LaunchPermissions(ResourceIds ids) {
        this.ids = ids;
    }

    DescribeImageAttributeResult describeImageAttribute(DescribeImageAttributeRequest request, CloudStack cloudStack) {
        String imageId = request.imageId();
        String uuid = Templates.uuidOf(ids, cloudStack, imageId);
        return switch (request.attribute()) {
            case LAUNCH_PERMISSION -> new DescribeImageAttributeResult(imageId,
                    launchPermissions(cloudStack, uuid, Templates.find(cloudStack, uuid, imageId).account()),
                    null, null, null);
            case "description" -> new DescribeImageAttributeResult(imageId, null, null,
                    new AttributeValue(Templates.find(cloudStack, uuid, imageId).displaytext()), null);
            case "blockDeviceMapping" -> new DescribeImageAttributeResult(imageId, null, null, null,
                    ImageView.blockDevices(Templates.find(cloudStack, uuid, imageId)));
            case "productCodes" -> new DescribeImageAttributeResult(imageId, null, List.of(), null, null);
            default -> {
                if (!ALWAYS_EMPTY.contains(request.attribute())) {
                    throw unknownAttribute(request.attribute());
                }
                Templates.find(cloudStack, uuid, imageId);
                yield new DescribeImageAttributeResult(imageId, null, null, null, null);
            }
        };
    }

    ModifyImageAttributeResult modifyImageAttribute(ModifyImageAttributeRequest request, CloudStack cloudStack) {
        List<LaunchPermission> add = new ArrayList<>();
        List<LaunchPermission> remove = new ArrayList<>();
        if (request.launchPermission() != null) {
            add.addAll(request.launchPermission().add());
            remove.addAll(request.launchPermission().remove());
        }
        String description = request.description() != null ? request.description().value() : null;
        String attribute = request.attribute();
        if (attribute != null && !attribute.equals(LAUNCH_PERMISSION) && !attribute.equals("description")) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("The attribute '" + attribute
                    + "' cannot be modified here: use launchPermission or description.");
        }
        if ("description".equals(attribute) && description == null) {
            description = request.value();
        }
        if (LAUNCH_PERMISSION.equals(attribute) || (!request.userGroups().isEmpty() || !request.userIds().isEmpty())) {
            List<LaunchPermission> flat = new ArrayList<>();
            request.userGroups().forEach(g -> flat.add(new LaunchPermission(g, null)));
            request.userIds().forEach(u -> flat.add(new LaunchPermission(null, u)));
            String operation = request.operationType();
            if (!flat.isEmpty() && operation == null) {
                throw Ec2Error.MISSING_PARAMETER.with("OperationType");
            }
            if ("add".equals(operation)) {
                add.addAll(flat);
            } else if ("remove".equals(operation)) {
                remove.addAll(flat);
            } else if (operation != null) {
                throw Ec2Error.INVALID_PARAMETER_VALUE.with("OperationType '" + operation + "' is not add or remove.");
            }
        }
        if (add.isEmpty() && remove.isEmpty() && description == null) {
            throw Ec2Error.INVALID_PARAMETER_COMBINATION.with(
                    "Nothing to modify: give LaunchPermission.Add/Remove, Description.Value, or Attribute with its values.");
        }
        requireGroupsAreAll(add);
        requireGroupsAreAll(remove);
        String uuid = Templates.uuidOf(ids, cloudStack, request.imageId());
        update(cloudStack, uuid, add, "add", true);
        update(cloudStack, uuid, remove, "remove", false);
        if (description != null) {
            cloudStack.get(Command.of("updateTemplate").with("id", uuid).with("displaytext", description),
                    "template", CsTemplate.class);
        }
        return new ModifyImageAttributeResult(true);
    }

    /** Only launch permissions can be reset: the image becomes private and shared with nobody. */
    ResetImageAttributeResult resetImageAttribute(ResetImageAttributeRequest request, CloudStack cloudStack) {
        if (!request.attribute().equals(LAUNCH_PERMISSION)) {
            throw unknownAttribute(request.attribute());
        }
        String uuid = Templates.uuidOf(ids, cloudStack, request.imageId());
        cloudStack.get(Command.of("updateTemplatePermissions").with("id", uuid).with("op", "reset")
                .with("ispublic", false), "success", Boolean.class);
        return new ResetImageAttributeResult(true);
    }

    /** EC2 lists who was granted launching, not the owner, whom CloudStack lists among the accounts. */
    private static List<LaunchPermission> launchPermissions(CloudStack cloudStack, String uuid, String owner) {
        CsTemplatePermission permission = cloudStack.get(Command.of("listTemplatePermissions").with("id", uuid),
                "templatepermission", CsTemplatePermission.class);
        List<LaunchPermission> permissions = new ArrayList<>();
        if (Boolean.TRUE.equals(permission.ispublic())) {
            permissions.add(new LaunchPermission("all", null));
        }
        if (permission.account() != null) {
            permission.account().stream().filter(a -> !a.equals(owner))
                    .forEach(a -> permissions.add(new LaunchPermission(null, a)));
        }
        return permissions;
    }

    private static void update(CloudStack cloudStack, String uuid, List<LaunchPermission> changes, String op,
                               boolean publicWhenAll) {
        if (changes.isEmpty()) {
            return;
        }
        boolean all = changes.stream().anyMatch(p -> p.group() != null);
        List<String> accounts = changes.stream().map(LaunchPermission::userId).filter(u -> u != null).toList();
        Command command = Command.of("updateTemplatePermissions").with("id", uuid)
                .with("ispublic", all ? publicWhenAll : null);
        if (!accounts.isEmpty()) {
            command = command.with("op", op).withList("accounts", accounts);
        }
        cloudStack.get(command, "success", Boolean.class);
    }

    private static void requireGroupsAreAll(List<LaunchPermission> permissions) {
        for (LaunchPermission permission : permissions) {
            if (permission.group() != null && !permission.group().equals("all")) {
                throw Ec2Error.INVALID_PARAMETER_VALUE.with("The launch permission group '" + permission.group()
                        + "' is not valid: the only group is 'all'.");
            }
            if (permission.group() == null && (permission.userId() == null || permission.userId().isEmpty())) {
                throw Ec2Error.MISSING_PARAMETER.with("LaunchPermission Group or UserId");
            }
        }
    }

    private static RuntimeException unknownAttribute(String attribute) {
        return Ec2Error.INVALID_PARAMETER_VALUE.with("Value (" + attribute + ") for parameter attribute is invalid. "
                + "Unknown attribute.");
    }
}
