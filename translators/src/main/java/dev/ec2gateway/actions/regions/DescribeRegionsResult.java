package dev.ec2gateway.actions.regions;

import java.util.List;

public record DescribeRegionsResult(List<Region> regionInfo) {
}
