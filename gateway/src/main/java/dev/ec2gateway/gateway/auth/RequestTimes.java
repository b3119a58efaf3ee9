package dev.ec2gateway.gateway.auth;

import dev.ec2gateway.ec2.FixedShape;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/** The time formats requests carry: SigV4's basic ISO form, ISO 8601 for SigV2, RFC 1123 for the Date header. */
final class RequestTimes {
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT).withZone(ZoneOffset.UTC);
    private static final String AMZ_DATE_SHAPE = "ddddddddTddddddZ";
    private static final DateTimeFormatter ISO_8601 = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private RequestTimes() {
    }

    /**
     * {@code 20150830T123600Z}, or empty when the text is not exactly that form or not a real time. Read field by
     * field: every signed request carries one, and a formatter's parse cost more than the rest of the claim.
     */
    static Optional<Instant> parseAmzDate(String text) {
        if (!FixedShape.fits(text, AMZ_DATE_SHAPE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(FixedShape.number(text, 0, 4), FixedShape.number(text, 4, 6),
                    FixedShape.number(text, 6, 8), FixedShape.number(text, 9, 11), FixedShape.number(text, 11, 13),
                    FixedShape.number(text, 13, 15)).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String formatAmzDate(Instant time) {
        return AMZ_DATE.format(time);
    }

    /** ISO 8601 with or without fraction and offset (no offset means UTC), or empty. */
    static Optional<Instant> parseIso8601(String text) {
        if (text == null || text.length() > 64) {
            return Optional.empty();
        }
        try {
            TemporalAccessor parsed = ISO_8601.parse(text.trim());
            LocalDateTime local = LocalDateTime.from(parsed);
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            return Optional.of(local.toInstant(offset));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** An HTTP Date header such as {@code Sun, 30 Aug 2015 12:36:00 GMT}, or empty. */
    static Optional<Instant> parseHttpDate(String text) {
        if (text == null || text.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.trim())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
