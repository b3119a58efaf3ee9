package dev.ec2gateway.cloudstack;

import java.time.Duration;

/**
 * One HTTP call made to CloudStack, as reported to the access log and metrics: the command, the HTTP
 * status (0 when CloudStack could not be reached or did not answer in time) and how long it took.
 */
public record CloudStackCall(String command, int httpStatus, Duration duration) {
}
