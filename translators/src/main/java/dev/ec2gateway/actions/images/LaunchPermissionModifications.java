package dev.ec2gateway.actions.images;

import java.util.List;

/** {@code LaunchPermission.Add.N.*} and {@code LaunchPermission.Remove.N.*} of ModifyImageAttribute. */
public record LaunchPermissionModifications(List<LaunchPermission> add, List<LaunchPermission> remove) {
}
