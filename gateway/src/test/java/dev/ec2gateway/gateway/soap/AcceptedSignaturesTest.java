package dev.ec2gateway.gateway.soap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.store.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AcceptedSignaturesTest {
    private static final Duration LONGEST = Duration.ofMinutes(10);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T12:00:00Z"));
    private final AcceptedSignatures accepted = new AcceptedSignatures(LONGEST, 1000, clock);

    @Test
    void aSignatureIsRememberedUntilItsTimestampExpires() {
        accepted.add("created-sig-key", clock.instant().plus(Duration.ofMinutes(5)));
        assertTrue(accepted.contains("created-sig-key"));
        assertFalse(accepted.contains("another"));
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertTrue(accepted.contains("created-sig-key"));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(accepted.contains("created-sig-key"));
    }

    @Test
    void aFarExpiryOrNoneIsRememberedAsLongAsAMessageCanPassAtAll() {
        accepted.add("far", clock.instant().plus(Duration.ofDays(365)));
        accepted.add("none");
        clock.advance(LONGEST.minusSeconds(1));
        assertTrue(accepted.contains("far"));
        assertTrue(accepted.contains("none"));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(accepted.contains("far"));
        assertFalse(accepted.contains("none"));
    }

    @Test
    void beyondTheBoundTheOldestGoFirst() {
        AcceptedSignatures small = new AcceptedSignatures(LONGEST, 2, clock);
        small.add("first");
        small.add("second");
        small.add("third");
        assertFalse(small.contains("first"));
        assertTrue(small.contains("second"));
        assertTrue(small.contains("third"));
    }
}
