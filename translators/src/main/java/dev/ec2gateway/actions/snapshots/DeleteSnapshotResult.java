package dev.ec2gateway.actions.snapshots;

import dev.ec2gateway.ec2.Element;

public record DeleteSnapshotResult(@Element("return") Boolean succeeded) {
}
