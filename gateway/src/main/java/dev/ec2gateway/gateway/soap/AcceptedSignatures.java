package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.actions.ExpiringCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.wss4j.common.cache.ReplayCache;

/**
 * WSS4J's replay cache for the SOAP endpoint: the signatures it has accepted (WSS4J keys each by the
 * Timestamp's Created, the signature value and the signing key), each remembered until its Timestamp
 * expires but never longer than a message can pass the timestamp check at all ({@code longest}: the
 * timestamp's time to live plus the clock skew tolerated ahead), so a message sent again is refused for as
 * long as it would otherwise be accepted. It replaces CXF's default EhCache store (heap, off-heap and disk
 * tiers), which cost more per message than a map. Beyond {@code bound} entries the oldest go first, as
 * EhCache evicted when its tiers were full.
 */
final class AcceptedSignatures implements ReplayCache {
    private final ExpiringCache<String, Boolean> accepted;
    private final Duration longest;
    private final Clock clock;

    AcceptedSignatures(Duration longest, int bound, Clock clock) {
        this.accepted = new ExpiringCache<>(clock, bound);
        this.longest = longest;
        this.clock = clock;
    }

    @Override
    public void add(String identifier) {
        accepted.put(identifier, Boolean.TRUE, longest);
    }

    @Override
    public void add(String identifier, Instant expiry) {
        Duration untilExpiry = Duration.between(clock.instant(), expiry);
        accepted.put(identifier, Boolean.TRUE, untilExpiry.compareTo(longest) < 0 ? untilExpiry : longest);
    }

    @Override
    public boolean contains(String identifier) {
        return accepted.get(identifier).isPresent();
    }

    @Override
    public void close() {
        // Nothing to release: the entries are plain heap objects.
    }
}
