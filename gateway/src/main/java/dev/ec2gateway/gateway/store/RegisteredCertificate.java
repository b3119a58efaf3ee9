package dev.ec2gateway.gateway.store;

import java.time.Instant;

/** A certificate registered to an access key, as an administrator may see it (never a private key). */
public record RegisteredCertificate(String fingerprint, String accessKey, String subject, Instant notAfter,
                                    Instant created) {
}
