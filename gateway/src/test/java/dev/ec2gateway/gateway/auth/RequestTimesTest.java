package dev.ec2gateway.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestTimesTest {
    private static final Optional<Instant> TIME = Optional.of(Instant.parse("2026-11-24T03:54:53Z"));

    @Test
    void readsTheBasicIsoFormOfXAmzDateOnly() {
        assertEquals(TIME, RequestTimes.parseAmzDate("20261124T035453Z"));
        assertEquals(Optional.empty(), RequestTimes.parseAmzDate("2026-11-24T03:54:53Z"));
        assertEquals(Optional.empty(), RequestTimes.parseAmzDate("20261324T035453Z"));
        assertEquals(Optional.empty(), RequestTimes.parseAmzDate("20260230T035453Z"));
        assertEquals(Optional.empty(), RequestTimes.parseAmzDate("20261124T245453Z"));
        assertEquals(Optional.empty(), RequestTimes.parseAmzDate("20261124T036053Z"));
        assertEquals(Optional.empty(), RequestTimes.parseAmzDate("20261124T035460Z"));
        assertEquals(Optional.empty(), RequestTimes.parseAmzDate("20261124T035453"));
        assertEquals(Optional.empty(), RequestTimes.parseAmzDate("2026112４T035453Z"));
        assertEquals(Optional.of(Instant.parse("2024-02-29T00:00:00Z")), RequestTimes.parseAmzDate("20240229T000000Z"));
        assertEquals(Optional.empty(), RequestTimes.parseAmzDate("20250229T000000Z"));
        assertEquals("20261124T035453Z", RequestTimes.formatAmzDate(TIME.get()));
    }

    @Test
    void readsIso8601WithMillisecondsOffsetsOrNoZoneAsUtc() {
        assertEquals(TIME, RequestTimes.parseIso8601("2026-11-24T03:54:53Z"));
        assertEquals(Optional.of(Instant.parse("2026-11-24T03:54:53.250Z")), RequestTimes.parseIso8601("2026-11-24T03:54:53.250Z"));
        assertEquals(TIME, RequestTimes.parseIso8601("2026-11-24T05:54:53+02:00"));
        assertEquals(TIME, RequestTimes.parseIso8601("2026-11-23T22:54:53-0500"));
        assertEquals(TIME, RequestTimes.parseIso8601("2026-11-24T03:54:53"));
        assertEquals(Optional.empty(), RequestTimes.parseIso8601("24/11/2026"));
        assertEquals(Optional.empty(), RequestTimes.parseIso8601(""));
    }

    @Test
    void readsTheHttpDateHeader() {
        assertEquals(TIME, RequestTimes.parseHttpDate("Tue, 24 Nov 2026 03:54:53 GMT"));
        assertEquals(Optional.empty(), RequestTimes.parseHttpDate("yesterday"));
    }
}
