package dev.ec2gateway.actions.images;

/** EC2's {@code {value}} wrapper, in requests ({@code Description.Value}) and answers. */
public record AttributeValue(String value) {
}
