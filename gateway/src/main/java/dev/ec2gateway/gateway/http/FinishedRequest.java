package dev.ec2gateway.gateway.http;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one EC2 request was and how it ended: the access log line's facts. {@code accessKey} is null
 * unless the caller was authenticated, {@code action} null when the request named none, {@code errorCode}
 * null when it succeeded; {@code authenticationFailed} tells a refused signature or key from other errors.
 */
public record FinishedRequest(String requestId, String accessKey, String action, List<String> cloudStackCommands,
                              int status, String errorCode, boolean authenticationFailed, Instant started,
                              Duration duration) {
    public boolean succeeded() {
        return errorCode == null && status < 400;
    }
}
