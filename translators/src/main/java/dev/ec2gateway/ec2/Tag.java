package dev.ec2gateway.ec2;

/** A resource tag as EC2 shows it inside a resource ({@code tagSet/item}). */
public record Tag(String key, String value) {
}
