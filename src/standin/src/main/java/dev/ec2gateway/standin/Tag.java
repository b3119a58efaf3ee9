package dev.ec2gateway.standin;

/** A resource tag; {@code resourceType} is CloudStack's name (UserVm, Volume, ...). */
record Tag(String key, String value, String resourceType, String resourceId, Account owner) {
}
