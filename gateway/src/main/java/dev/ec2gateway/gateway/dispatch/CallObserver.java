package dev.ec2gateway.gateway.dispatch;

import java.time.Duration;

/** Told of every CloudStack call made for one request (the access log lists them). */
@FunctionalInterface
public interface CallObserver {
    CallObserver NONE = (command, status, duration) -> { };

    void cloudStackCalled(String command, int httpStatus, Duration duration);
}
