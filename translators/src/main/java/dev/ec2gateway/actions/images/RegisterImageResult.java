package dev.ec2gateway.actions.images;

public record RegisterImageResult(String imageId) {
}
