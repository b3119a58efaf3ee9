package dev.ec2gateway.cloudstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when someone sleeps, and remembers each sleep. */
final class FakeTicker implements Ticker {
    final List<Duration> sleeps = new ArrayList<>();
    private long now = 1_000_000_000L;

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now += duration.toNanos();
    }
}
