package dev.ec2gateway.actions.images;

/** Who may launch an image: {@code group} "all" (public) or one account ({@code userId}, a CloudStack account name). */
public record LaunchPermission(String group, String userId) {
}
