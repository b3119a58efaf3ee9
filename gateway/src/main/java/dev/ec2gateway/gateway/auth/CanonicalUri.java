package dev.ec2gateway.gateway.auth;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The canonical URIs a SigV4 signer may have used for a path, most likely first: the path as
 * received; the same with its escapes encoded once more (SDKs encode an encoded path again); and,
 * when the path has dot-segments or empty segments, its RFC 3986 normalised form.
 */
final class CanonicalUri {

    private CanonicalUri() {
    }

    static List<String> candidates(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        Set<String> candidates = new LinkedHashSet<>();
        addEncodings(candidates, path);
        if (needsNormalising(path)) {
            addEncodings(candidates, normalise(path));
        }
        return new ArrayList<>(candidates);
    }

    static boolean needsNormalising(String path) {
        return path.contains("//") || path.equals(".") || path.equals("..")
                || path.contains("/./") || path.contains("/../")
                || path.endsWith("/.") || path.endsWith("/..")
                || path.startsWith("./") || path.startsWith("../");
    }

    /** Removes dot-segments (RFC 3986 section 5.2.4) and empty segments, keeping a trailing slash. */
    static String normalise(String path) {
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = path.split("/", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(part);
            }
        }
        if (segments.isEmpty()) {
            return "/";
        }
        String last = parts[parts.length - 1];
        boolean trailingSlash = last.isEmpty() || last.equals(".") || last.equals("..");
        return "/" + String.join("/", segments) + (trailingSlash ? "/" : "");
    }

    private static void addEncodings(Set<String> candidates, String path) {
        candidates.add(Rfc3986.encodePathKeepingEscapes(path));
        if (path.indexOf('%') >= 0) {
            candidates.add(Rfc3986.encodePathSegments(path));
        }
    }
}
