package dev.ec2gateway.actions.instances;

/** EC2's {@code <x><value>…</value></x>} wrapper of one attribute value; also {@code X.Value} in requests. */
public record AttributeValue(String value) {
}
