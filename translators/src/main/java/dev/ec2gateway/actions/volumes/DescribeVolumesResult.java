package dev.ec2gateway.actions.volumes;

import java.util.List;

public record DescribeVolumesResult(List<Volume> volumeSet, String nextToken) {
}
