package dev.ec2gateway.standin;

import java.time.Instant;

/** A compute offering; {@code internalId} is the numeric id CloudStack leaks into ROOT volumes. */
record ServiceOffering(String id, long internalId, String name, int cpuNumber, int cpuSpeed, int memory,
                       Instant created) {
}
