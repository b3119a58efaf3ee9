package dev.ec2gateway.actions.keypairs;

import dev.ec2gateway.ec2.Filter;
import dev.ec2gateway.ec2.Param;
import java.util.List;

public record DescribeKeyPairsRequest(
        @Param("KeyName") List<String> keyNames,
        @Param("KeyPairId") List<String> keyPairIds,
        @Param("Filter") List<Filter> filters) {
}
