package dev.ec2gateway.actions.images;

import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.actions.Tags;
import dev.ec2gateway.cloudstack.AsyncJob;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import dev.ec2gateway.ec2.Tag;
import dev.ec2gateway.ec2.TagSpecification;
import java.util.List;

/**
 * CreateImage on createTemplate from the instance's ROOT volume. CloudStack makes a template from a volume
 * only while its VM is stopped, or from a snapshot: a stopped instance's volume is used directly; a
 * running instance's volume is snapshotted first (the wait for that job is bounded) and the template made
 * from the snapshot, so the instance keeps running and is never rebooted, whatever NoReboot says
 * (docs/images.md). The answer comes as soon as createTemplate is accepted; the image is pending until
 * its job ends.
 */
final class ImageCreation {
    private final ResourceIds ids;

    ImageCreation(ResourceIds ids) {
        this.ids = ids;
    }

    CreateImageResult createImage(CreateImageRequest request, CloudStack cloudStack) {
        ImageNames.requireValid(request.name());
        String vmUuid = ids.uuidOf(Kind.INSTANCE, request.instanceId(), () -> cloudStack
                .list(Command.of("listVirtualMachines"), "virtualmachine", CsVirtualMachine.class).stream()
                .map(CsVirtualMachine::id).toList());
        CsVirtualMachine vm = cloudStack.list(Command.of("listVirtualMachines").with("id", vmUuid),
                        "virtualmachine", CsVirtualMachine.class).stream().findFirst()
                .orElseThrow(() -> Ec2Ids.notFound(Kind.INSTANCE, request.instanceId()));
        CsVolume root = cloudStack.list(Command.of("listVolumes").with("virtualmachineid", vmUuid).with("type", "ROOT"),
                        "volume", CsVolume.class).stream().findFirst()
                .orElseThrow(() -> Ec2Error.INCORRECT_STATE.with(
                        "The instance '" + request.instanceId() + "' has no root volume to make an image of."));
        Command create = Command.of("createTemplate")
                .with("name", request.name())
                .with("displaytext", request.description() == null || request.description().isEmpty()
                        ? request.name() : request.description())
                .with("ostypeid", vm.ostypeid());
        create = switch (vm.state()) {
            case "Stopped" -> create.with("volumeid", root.id());
            case "Running" -> create.with("snapshotid", snapshotOf(cloudStack, root));
            default -> throw Ec2Error.INCORRECT_STATE.with("The instance '" + request.instanceId()
                    + "' is not in a state from which an image can be created (it is " + vm.state() + ").");
        };
        AsyncJob job = cloudStack.submit(create);
        String imageId = ids.remember(Kind.IMAGE, job.objectId());
        List<Tag> tags = imageTags(request.tagSpecifications());
        if (!tags.isEmpty()) {
            cloudStack.submit(Tags.createTags("Template", List.of(job.objectId()), tags));
        }
        return new CreateImageResult(imageId);
    }

    /** Snapshots the ROOT volume and waits (bounded) until the snapshot exists, since the template needs it. */
    private static String snapshotOf(CloudStack cloudStack, CsVolume root) {
        AsyncJob job = cloudStack.submit(Command.of("createSnapshot").with("volumeid", root.id()));
        CsSnapshot snapshot = cloudStack.await(job, "snapshot", CsSnapshot.class);
        return snapshot.id();
    }

    private static List<Tag> imageTags(List<TagSpecification> specifications) {
        for (TagSpecification specification : specifications) {
            if (!"image".equals(specification.resourceType()) && !"snapshot".equals(specification.resourceType())) {
                throw Ec2Error.INVALID_PARAMETER_VALUE.with("CreateImage tags images (and snapshots), not '"
                        + specification.resourceType() + "'.");
            }
        }
        return specifications.stream().filter(s -> "image".equals(s.resourceType()))
                .flatMap(s -> s.tags().stream()).toList();
    }
}
