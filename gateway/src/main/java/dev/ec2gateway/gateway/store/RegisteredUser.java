package dev.ec2gateway.gateway.store;

import java.time.Instant;

/** A registered user as an administrator may see it: the keys' public halves and when it was registered. */
public record RegisteredUser(String accessKey, String cloudStackApiKey, Instant created) {
}
