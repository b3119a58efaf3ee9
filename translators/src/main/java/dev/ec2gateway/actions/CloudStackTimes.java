package dev.ec2gateway.actions;

import dev.ec2gateway.ec2.FixedShape;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** CloudStack's dates ({@code 2026-11-24T05:33:18+0000}) as instants, and instants as CloudStack writes them. */
public final class CloudStackTimes {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static final String SHAPE = "dddd-dd-ddTdd:dd:dd±dddd";

    private CloudStackTimes() {
    }

    /** The instant of a CloudStack date; null (absent or unreadable) stays null rather than failing a listing. */
    public static Instant parse(String date) {
        if (date == null || date.isEmpty()) {
            return null;
        }
        try {
            return FixedShape.fits(date, SHAPE) ? readFields(date) : OffsetDateTime.parse(date, FORMAT).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.atOffset(ZoneOffset.UTC));
    }

    /**
     * Every date CloudStack writes has this one shape: read field by field, as a formatter's parse of each VM's
     * date was a twentieth of the gateway's work listing many instances.
     */
    private static Instant readFields(String date) {
        int offsetMinutes = FixedShape.number(date, 20, 22) * 60 + FixedShape.number(date, 22, 24);
        ZoneOffset offset = ZoneOffset.ofTotalSeconds((date.charAt(19) == '-' ? -60 : 60) * offsetMinutes);
        return LocalDateTime.of(FixedShape.number(date, 0, 4), FixedShape.number(date, 5, 7),
                FixedShape.number(date, 8, 10), FixedShape.number(date, 11, 13), FixedShape.number(date, 14, 16),
                FixedShape.number(date, 17, 19)).toInstant(offset);
    }
}
