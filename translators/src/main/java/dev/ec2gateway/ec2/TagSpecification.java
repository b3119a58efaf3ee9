package dev.ec2gateway.ec2;

import java.util.List;

/** One {@code TagSpecification.N} of a create request: the tags for resources of one type. */
public record TagSpecification(String resourceType, @Param("Tag") List<Tag> tags) {
}
