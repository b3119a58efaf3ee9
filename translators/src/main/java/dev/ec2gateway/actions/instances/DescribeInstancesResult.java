package dev.ec2gateway.actions.instances;

import java.util.List;

public record DescribeInstancesResult(List<Reservation> reservationSet, String nextToken) {
}
