package dev.ec2gateway.actions.volumes;

import dev.ec2gateway.ec2.Param;
import dev.ec2gateway.ec2.TagSpecification;
import java.util.List;

public record CreateVolumeRequest(
        Integer size, String snapshotId, String availabilityZone, String volumeType, Boolean encrypted,
        @Param("TagSpecification") List<TagSpecification> tagSpecifications, String clientToken) {
}
