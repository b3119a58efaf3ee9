package dev.ec2gateway.gateway.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Ec2TimeTest {
    private static final DateTimeFormatter EC2 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void writesMillisecondsInUtcAsEc2Does() {
        assertEquals("2026-11-24T05:33:18.000Z", Ec2Time.format(Instant.parse("2026-11-24T05:33:18Z")));
        assertEquals("2026-01-02T03:04:05.067Z", Ec2Time.format(Instant.parse("2026-01-02T03:04:05.067999Z")));
        assertEquals("0999-12-31T23:59:59.999Z", Ec2Time.format(Instant.parse("0999-12-31T23:59:59.999Z")));
        assertEquals("1969-12-31T23:59:59.999Z", Ec2Time.format(Instant.ofEpochMilli(-1)));
    }

    @Test
    void agreesWithTheFormatterEverywhere() {
        Random random = new Random(7);
        long limit = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-limit, limit), random.nextInt(1_000_000_000));
            assertEquals(EC2.format(instant), Ec2Time.format(instant), instant.toString());
        }
    }
}
