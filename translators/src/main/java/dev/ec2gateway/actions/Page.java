package dev.ec2gateway.actions;

import dev.ec2gateway.ec2.Ec2Error;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One page of a Describe answer and the token of the next ({@code null} on the last page, so clients
 * stop paging). Tokens are opaque to clients: an offset, Base64-encoded.
 */
public record Page<T>(List<T> items, String nextToken) {
    private static final String PREFIX = "o:";

    /**
     * The page of {@code all} that MaxResults and NextToken select; without MaxResults, everything.
     *
     * @param min the smallest MaxResults the action accepts
     * @param max the largest MaxResults the action accepts
     */
    public static <T> Page<T> of(List<T> all, Integer maxResults, String nextToken, int min, int max) {
        int offset = nextToken == null || nextToken.isEmpty() ? 0 : offset(nextToken);
        if (maxResults == null) {
            return new Page<>(all.subList(Math.min(offset, all.size()), all.size()), null);
        }
        requireMaxResults(maxResults, min, max);
        int end = (int) Math.min((long) offset + maxResults, all.size());
        List<T> items = all.subList(Math.min(offset, all.size()), end);
        return new Page<>(items, end < all.size() ? token(end) : null);
    }

    /** MaxResults must lie between the action's {@code min} and {@code max}: InvalidParameterValue otherwise. */
    public static void requireMaxResults(int maxResults, int min, int max) {
        if (maxResults < min || maxResults > max) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("Value (" + maxResults + ") for parameter MaxResults is "
                    + "invalid. Expecting a value between " + min + " and " + max + ".");
        }
    }

    static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw Ec2Error.INVALID_PAGINATION_TOKEN.with(token);
    }
}
