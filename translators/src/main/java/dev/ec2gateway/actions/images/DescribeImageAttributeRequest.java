package dev.ec2gateway.actions.images;

import dev.ec2gateway.ec2.Required;

public record DescribeImageAttributeRequest(@Required String imageId, @Required String attribute) {
}
