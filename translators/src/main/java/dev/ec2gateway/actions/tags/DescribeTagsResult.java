package dev.ec2gateway.actions.tags;

import java.util.List;

public record DescribeTagsResult(List<TagDescription> tagSet, String nextToken) {
}
