package dev.ec2gateway.standin;

/** A guest OS type. */
record OsType(String id, String categoryId, String categoryName, String description) {
}
