package dev.ec2gateway.actions.addresses;

import dev.ec2gateway.ec2.Filter;
import dev.ec2gateway.ec2.Param;
import java.util.List;

public record DescribeAddressesRequest(
        @Param("PublicIp") List<String> publicIps,
        @Param("AllocationId") List<String> allocationIds,
        @Param("Filter") List<Filter> filters) {
}
