package dev.ec2gateway.actions.keypairs;

import java.util.List;

public record DescribeKeyPairsResult(List<KeyPairInfo> keySet) {
}
