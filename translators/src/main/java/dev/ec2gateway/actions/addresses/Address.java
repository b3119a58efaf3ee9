package dev.ec2gateway.actions.addresses;

import dev.ec2gateway.ec2.Tag;
import java.util.List;

/**
 * An elastic IP as DescribeAddresses shows it, in the order of EC2's DescribeAddressesResponseItemType;
 * {@code networkBorderGroup} is its CloudStack zone.
 */
public record Address(String publicIp, String allocationId, String domain, String instanceId, String associationId,
                      String privateIpAddress, List<Tag> tagSet, String networkBorderGroup) {
}
