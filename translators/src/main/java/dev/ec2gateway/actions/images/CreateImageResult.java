package dev.ec2gateway.actions.images;

public record CreateImageResult(String imageId) {
}
