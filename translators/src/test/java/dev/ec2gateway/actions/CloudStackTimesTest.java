package dev.ec2gateway.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CloudStackTimesTest {
    @Test
    void readsCloudStacksDatesWithTheirOffset() {
        assertEquals(Instant.parse("2026-11-24T05:33:18Z"), CloudStackTimes.parse("2026-11-24T05:33:18+0000"));
        assertEquals(Instant.parse("2026-11-24T03:33:18Z"), CloudStackTimes.parse("2026-11-24T05:33:18+0200"));
        assertEquals(Instant.parse("2026-11-24T11:03:18Z"), CloudStackTimes.parse("2026-11-24T05:33:18-0530"));
        assertEquals(Instant.parse("2024-02-29T00:00:00Z"), CloudStackTimes.parse("2024-02-29T00:00:00+0000"));
    }

    @Test
    void anUnreadableOrImpossibleDateIsNull() {
        assertNull(CloudStackTimes.parse(null));
        assertNull(CloudStackTimes.parse(""));
        assertNull(CloudStackTimes.parse("2025-02-29T00:00:00+0000"));
        assertNull(CloudStackTimes.parse("2026-13-24T05:33:18+0000"));
        assertNull(CloudStackTimes.parse("2026-11-24T24:33:18+0000"));
        assertNull(CloudStackTimes.parse("2026-11-24T05:33:18+2500"));
        assertNull(CloudStackTimes.parse("2026-11-24 05:33:18+0000"));
        assertNull(CloudStackTimes.parse("2026-11-24T05:33:18Z"));
        assertNull(CloudStackTimes.parse("yesterday"));
    }

    @Test
    void writesAnInstantAsCloudStackDoes() {
        assertEquals("2026-11-24T05:33:18+0000", CloudStackTimes.format(Instant.parse("2026-11-24T05:33:18.250Z")));
    }
}
