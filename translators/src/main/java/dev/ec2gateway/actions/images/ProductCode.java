package dev.ec2gateway.actions.images;

/** A product code of an image; CloudStack templates have none, so the list is always empty. */
public record ProductCode(String productCode, String type) {
}
