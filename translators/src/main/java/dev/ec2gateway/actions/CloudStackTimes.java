package dev.ec2gateway.actions;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** CloudStack's dates ({@code 2026-11-24T05:33:18+0000}) as instants. */
public final class CloudStackTimes {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private CloudStackTimes() {
    }

    /** The instant of a CloudStack date; null (absent or unreadable) stays null rather than failing a listing. */
    public static Instant parse(String date) {
        if (date == null || date.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(date, FORMAT).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
