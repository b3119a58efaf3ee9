package dev.ec2gateway.actions.volumes;

import dev.ec2gateway.ec2.Param;
import dev.ec2gateway.ec2.TagSpecification;
import java.util.List;

/** CreateVolume's parameters. */
public record CreateVolumeRequest(
        Integer size, String snapshotId, String availabilityZone, String volumeType, Boolean encrypted,
        @Param("TagSpecification") List<TagSpecification> tagSpecifications, String clientToken) {

    /** The parameters a repeat with the same ClientToken must match (all but the token itself). */
    String fingerprint() {
        return new CreateVolumeRequest(size, snapshotId, availabilityZone, volumeType, encrypted, tagSpecifications,
                null).toString();
    }
}
