package dev.ec2gateway.actions.addresses;

import java.util.List;

public record DescribeAddressesResult(List<Address> addressesSet) {
}
