package dev.ec2gateway.gateway.auth;

import dev.ec2gateway.ec2.Ec2Error;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time a signed request may be used in: the server clock and the skew allowed between it and the client's. */
record RequestWindow(Clock clock, Duration allowedSkew) {

    /** A request stamped with its signing time must be within the skew of now, either way. */
    void checkStampedAt(Instant requestTime) {
        Instant now = now();
        if (requestTime.isBefore(now.minus(allowedSkew))) {
            throw Ec2Error.REQUEST_EXPIRED.with("Request has expired: the request time " + requestTime
                    + " is more than " + skewText() + " before the server time " + now + ".");
        }
        checkNotInFuture(requestTime, now);
    }

    /** A request that says until when it is valid (SigV2 Expires). */
    void checkValidUntil(Instant expires) {
        Instant now = now();
        if (now.isAfter(expires)) {
            throw Ec2Error.REQUEST_EXPIRED.with("Request has expired: it was valid until " + expires
                    + " and the server time is " + now + ".");
        }
    }

    /** A presigned request: signed at one time, valid for a while after it. */
    void checkPresigned(Instant signedAt, Duration validity) {
        Instant now = now();
        checkNotInFuture(signedAt, now);
        Instant expires = signedAt.plus(validity);
        if (now.isAfter(expires)) {
            throw Ec2Error.REQUEST_EXPIRED.with("Request has expired: the request time " + signedAt + " plus "
                    + validity.toSeconds() + " seconds is before the server time " + now + ".");
        }
    }

    private void checkNotInFuture(Instant requestTime, Instant now) {
        if (requestTime.isAfter(now.plus(allowedSkew))) {
            throw Ec2Error.REQUEST_EXPIRED.with("Request is not yet valid: the request time " + requestTime
                    + " is more than " + skewText() + " after the server time " + now + ".");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private String skewText() {
        long seconds = allowedSkew.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " minutes" : seconds + " seconds";
    }
}
