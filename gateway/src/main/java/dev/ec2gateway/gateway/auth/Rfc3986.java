package dev.ec2gateway.gateway.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Percent-encoding as both signature versions define it: only A-Z a-z 0-9 - . _ ~ stay as they are. */
final class Rfc3986 {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Rfc3986() {
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            appendEncoded(out, b);
        }
        return out.toString();
    }

    /**
     * Encodes a path as it arrived: keeps '/' and escapes already present, encodes everything
     * else that is not unreserved (a space, or raw UTF-8, as some test vectors send them).
     */
    static String encodePathKeepingEscapes(String path) {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '/') {
                out.append('/');
            } else if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                out.append('%').append((char) bytes[i + 1]).append((char) bytes[i + 2]);
                i += 2;
            } else {
                appendEncoded(out, b);
            }
        }
        return out.toString();
    }

    /** Encodes every segment of a path, '%' included (what SDKs do to a path that is already encoded). */
    static String encodePathSegments(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            if (b == '/') {
                out.append('/');
            } else {
                appendEncoded(out, b);
            }
        }
        return out.toString();
    }

    /**
     * Decodes %XX escapes (and '+' as a space when asked); never fails: a '%' that starts no valid
     * escape stays a '%', bytes that are not UTF-8 become U+FFFD.
     */
    static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
            return text;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                out.write(Character.digit(bytes[i + 1], 16) << 4 | Character.digit(bytes[i + 2], 16));
                i += 2;
            } else if (b == '+' && plusIsSpace) {
                out.write(' ');
            } else {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void appendEncoded(StringBuilder out, byte b) {
        if (isUnreserved(b)) {
            out.append((char) b);
        } else {
            out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
    }

    private static boolean isUnreserved(byte b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
                || b == '-' || b == '.' || b == '_' || b == '~';
    }

    private static boolean isHex(byte b) {
        return b >= '0' && b <= '9' || b >= 'A' && b <= 'F' || b >= 'a' && b <= 'f';
    }
}
