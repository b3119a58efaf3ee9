package dev.ec2gateway.actions.images;

import dev.ec2gateway.ec2.Filter;
import dev.ec2gateway.ec2.Param;
import java.util.List;

public record DescribeImagesRequest(
        @Param("ImageId") List<String> imageIds,
        @Param("Owner") List<String> owners,
        @Param("ExecutableBy") List<String> executableBy,
        @Param("Filter") List<Filter> filters,
        Integer maxResults,
        String nextToken) {
}
