package dev.ec2gateway.actions.images;

import java.util.List;

public record DescribeImagesResult(List<Image> imagesSet, String nextToken) {
}
