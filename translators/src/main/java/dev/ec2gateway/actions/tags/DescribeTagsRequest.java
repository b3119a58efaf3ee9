package dev.ec2gateway.actions.tags;

import dev.ec2gateway.ec2.Filter;
import dev.ec2gateway.ec2.Param;
import java.util.List;

public record DescribeTagsRequest(@Param("Filter") List<Filter> filters, Integer maxResults, String nextToken) {
}
