package dev.ec2gateway.gateway.xml;

import dev.ec2gateway.ec2.FixedShape;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as EC2 writes them, {@code 2026-11-24T05:33:18.000Z}. Written field by field: the formatter's fraction
 * printer made BigDecimals for every value, a tenth of the XML writing of a long listing.
 */
final class Ec2Time {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Ec2Time() {
    }

    static String format(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (time.getYear() < 0 || time.getYear() > 9999) {
            return FORMAT.format(instant);
        }
        return FixedShape.write("dddd-dd-ddTdd:dd:dd.dddZ", time.getYear(), time.getMonthValue(),
                time.getDayOfMonth(), time.getHour(), time.getMinute(), time.getSecond(), time.getNano() / 1_000_000);
    }
}
