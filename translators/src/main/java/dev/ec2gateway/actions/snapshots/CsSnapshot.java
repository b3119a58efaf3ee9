package dev.ec2gateway.actions.snapshots;

import dev.ec2gateway.actions.Tags.CsTag;
import java.util.List;

/** A snapshot as listSnapshots answers it; {@code virtualsize} is the volume's size in bytes. */
record CsSnapshot(
        String id, String account, String volumeid, String name, String created, String state, Long virtualsize,
        List<CsTag> tags) {
}
