package dev.ec2gateway.standin;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link CloudStackStandIn} is started: its port, how long transitional states last, and whether the
 * seeded users get fixed (well-known) keys instead of random ones.
 *
 * @param port       TCP port on 127.0.0.1; 0 picks a free one
 * @param stateDelay how long each transitional state (Starting, Stopping, Expunging, ...) lasts; zero finishes
 *                   every job while its command is answered
 * @param fixedKeys  true to seed the users with fixed, printed keys (manual use); false for random keys
 */
public record StandInSettings(int port, Duration stateDelay, boolean fixedKeys) {

    /** Transitional states of the demo set-up last this long. */
    public static final Duration DEMO_STATE_DELAY = Duration.ofSeconds(2);

    public StandInSettings {
        Objects.requireNonNull(stateDelay, "stateDelay");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (stateDelay.isNegative()) {
            throw new IllegalArgumentException("stateDelay must not be negative");
        }
    }

    /** A free port, no state delay (every job finishes at once), random keys. */
    public static StandInSettings defaults() {
        return new StandInSettings(0, Duration.ZERO, false);
    }

    public StandInSettings withPort(int newPort) {
        return new StandInSettings(newPort, stateDelay, fixedKeys);
    }

    public StandInSettings withStateDelay(Duration newDelay) {
        return new StandInSettings(port, newDelay, fixedKeys);
    }

    public StandInSettings withFixedKeys(boolean fixed) {
        return new StandInSettings(port, stateDelay, fixed);
    }
}
