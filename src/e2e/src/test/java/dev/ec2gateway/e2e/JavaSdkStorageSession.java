package dev.ec2gateway.e2e;

import static dev.ec2gateway.e2e.JavaSdkClients.FAST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.CreateVolumeResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.SnapshotState;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagDescription;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;
import software.amazon.awssdk.services.ec2.model.VolumeAttachmentState;
import software.amazon.awssdk.services.ec2.model.VolumeState;

/**
 * The AWS SDK for Java v2 on volumes, snapshots and tags: a volume attached to an instance RunInstances
 * launched, with the SDK's waiters; a snapshot of it; tags on the volume, the snapshot and the instance.
 */
final class JavaSdkStorageSession {
    private static final Tag TAG = Tag.builder().key("java-env").value("java-storage").build();
    private static final Filter BY_TAG = Filter.builder().name("tag:java-env").values("java-storage").build();

    private JavaSdkStorageSession() {
    }

    static void run(URI endpoint, String region, String accessKey, String secretKey, String imageId) {
        try (Ec2Client ec2 = JavaSdkClients.client(endpoint, region, accessKey, secretKey)) {
            String instance = JavaSdkClients.runningInstance(ec2, imageId, "Sim-Basic");

            CreateVolumeResponse created = ec2.createVolume(r -> r.availabilityZone("Sim-Basic").size(1));
            String volume = created.volumeId();
            assertEquals(VolumeState.CREATING, created.state());
            ec2.waiter().waitUntilVolumeAvailable(r -> r.volumeIds(volume), FAST);

            assertEquals(VolumeAttachmentState.ATTACHING, ec2.attachVolume(r -> r.volumeId(volume)
                    .instanceId(instance).device("/dev/sdf")).state());
            ec2.waiter().waitUntilVolumeInUse(r -> r.volumeIds(volume), FAST);
            // in-use comes while the attachment is still attaching, as on EC2: the SDK has no waiter for attached.
            JavaSdkClients.poll("attached", () -> describe(ec2, volume).attachments().get(0).state()
                    == VolumeAttachmentState.ATTACHED);
            VolumeAttachment attachment = describe(ec2, volume).attachments().get(0);
            assertEquals(List.of(instance, "/dev/sdf"), List.of(attachment.instanceId(), attachment.device()));
            assertEquals("VolumeInUse", errorOf(() -> ec2.deleteVolume(r -> r.volumeId(volume))));

            CreateSnapshotResponse snapshotted = ec2.createSnapshot(r -> r.volumeId(volume).description("java"));
            String snapshot = snapshotted.snapshotId();
            assertEquals(SnapshotState.PENDING, snapshotted.state());
            ec2.waiter().waitUntilSnapshotCompleted(r -> r.snapshotIds(snapshot), FAST);
            Snapshot done = ec2.describeSnapshots(r -> r.snapshotIds(snapshot)).snapshots().get(0);
            assertEquals(List.of("100%", volume), List.of(done.progress(), done.volumeId()));

            ec2.createTags(r -> r.resources(volume, snapshot, instance).tags(TAG));
            assertEquals(List.of(volume), ec2.describeVolumes(r -> r.filters(BY_TAG)).volumes().stream()
                    .map(Volume::volumeId).toList());
            assertEquals(List.of(snapshot), ec2.describeSnapshots(r -> r.ownerIds("self").filters(BY_TAG))
                    .snapshots().stream().map(Snapshot::snapshotId).toList());
            assertEquals(List.of(instance), ec2.describeInstances(r -> r.filters(BY_TAG)).reservations().stream()
                    .flatMap(reservation -> reservation.instances().stream()).map(i -> i.instanceId()).toList());
            Set<String> described = ec2.describeTags(r -> r.filters(Filter.builder().name("value")
                    .values("java-storage").build())).tags().stream()
                    .map(t -> t.resourceTypeAsString() + " " + t.resourceId()).collect(Collectors.toSet());
            assertEquals(Set.of("volume " + volume, "snapshot " + snapshot, "instance " + instance), described);
            ec2.deleteTags(r -> r.resources(volume, snapshot, instance).tags(Tag.builder().key("java-env").build()));
            assertEquals(List.<TagDescription>of(), ec2.describeTags(r -> r.filters(Filter.builder().name("key")
                    .values("java-env").build())).tags());

            ec2.detachVolume(r -> r.volumeId(volume));
            ec2.waiter().waitUntilVolumeAvailable(r -> r.volumeIds(volume), FAST);
            assertEquals("IncorrectState", errorOf(() -> ec2.detachVolume(r -> r.volumeId(volume))));
            ec2.deleteSnapshot(r -> r.snapshotId(snapshot));
            // DeleteSnapshot answers once CloudStack accepted the job; the snapshot is gone shortly after.
            JavaSdkClients.poll("snapshot gone", () -> {
                try {
                    ec2.describeSnapshots(r -> r.snapshotIds(snapshot));
                    return false;
                } catch (Ec2Exception e) {
                    assertEquals("InvalidSnapshot.NotFound", e.awsErrorDetails().errorCode());
                    return true;
                }
            });
            ec2.deleteVolume(r -> r.volumeId(volume));
            ec2.waiter().waitUntilVolumeDeleted(r -> r.volumeIds(volume), FAST);
            JavaSdkClients.terminate(ec2, instance);
        }
    }

    private static Volume describe(Ec2Client ec2, String volume) {
        return ec2.describeVolumes(r -> r.volumeIds(volume)).volumes().get(0);
    }

    static String errorOf(Runnable call) {
        return assertThrows(Ec2Exception.class, call::run).awsErrorDetails().errorCode();
    }
}
