package dev.ec2gateway.actions.addresses;

import dev.ec2gateway.ec2.Tag;
import java.util.List;

/** An elastic IP as DescribeAddresses shows it; {@code networkBorderGroup} is its CloudStack zone. */
public record Address(String publicIp, String allocationId, String associationId, String domain, String instanceId,
                      String privateIpAddress, String networkBorderGroup, List<Tag> tagSet) {
}
