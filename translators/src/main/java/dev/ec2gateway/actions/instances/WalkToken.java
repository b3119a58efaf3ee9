package dev.ec2gateway.actions.instances;

import dev.ec2gateway.ec2.Ec2Error;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a DescribeInstances walk with MaxResults stands, as its opaque NextToken: the walk's id (which
 * finds the ROOT volumes kept for it), and an offset either into CloudStack's VM listing or, once that
 * is done, into the terminated instances only the gateway remembers. A changed token selects another
 * page or lists the volumes again, nothing else; a malformed one is InvalidPaginationToken.
 */
record WalkToken(String walk, boolean remembered, int offset) {
    private static final Pattern FORM = Pattern.compile("w:([0-9a-f]{16}):([vt])([0-9]{1,9})");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The first page of a new walk. */
    static WalkToken start() {
        byte[] id = new byte[8];
        RANDOM.nextBytes(id);
        return new WalkToken(HexFormat.of().formatHex(id), false, 0);
    }

    /** The position a client's NextToken names; a new walk without one. */
    static WalkToken of(String nextToken) {
        if (nextToken == null || nextToken.isEmpty()) {
            return start();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(nextToken), StandardCharsets.UTF_8);
            Matcher parts = FORM.matcher(text);
            if (parts.matches()) {
                return new WalkToken(parts.group(1), parts.group(2).equals("t"), Integer.parseInt(parts.group(3)));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw Ec2Error.INVALID_PAGINATION_TOKEN.with(nextToken);
    }

    WalkToken inCloudStack(int at) {
        return new WalkToken(walk, false, at);
    }

    WalkToken inRemembered(int at) {
        return new WalkToken(walk, true, at);
    }

    String encode() {
        String text = "w:" + walk + ":" + (remembered ? "t" : "v") + offset;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
