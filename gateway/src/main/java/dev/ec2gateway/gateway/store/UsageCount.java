package dev.ec2gateway.gateway.store;

import java.time.LocalDate;

/** How many calls one access key made to one action on one UTC day, with one outcome. */
public record UsageCount(LocalDate day, String accessKey, String action, String outcome, long calls) {
}
