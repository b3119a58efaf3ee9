package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.instances.CsCatalog.CsServiceOffering;
import dev.ec2gateway.actions.instances.CsCatalog.CsZone;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The zones and compute offerings RunInstances looks up, kept per CloudStack user for {@link #KEPT} so that
 * a launch costs one deploy rather than three calls. Only an answer that serves the launch is kept or
 * used: a zone or type the kept answer lacks is looked up again at once, so an unknown one is still
 * refused, and a new one is found, without delay. An offering or zone removed within the period fails
 * at CloudStack's deploy instead.
 */
final class LaunchCatalog {
    static final Duration KEPT = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 10_000;

    private record Kept(Object value, Instant until) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Clock clock;

    LaunchCatalog(Clock clock) {
        this.clock = clock;
    }

    /** The catalog as the caller of this request sees it. */
    Caller of(CallContext context) {
        return new Caller(context.cloudStackApiKey(), context.cloudStack());
    }

    /** One caller's view: every look-up goes to CloudStack as that caller. */
    final class Caller {
        private final String user;
        private final CloudStack cloudStack;

        private Caller(String user, CloudStack cloudStack) {
            this.user = user;
            this.cloudStack = cloudStack;
        }

        CloudStack cloudStack() {
            return cloudStack;
        }

        /** The zones (listZones), kept ones if they satisfy {@code usable}. */
        List<CsZone> zones(Predicate<List<CsZone>> usable) {
            return get("zones", () -> cloudStack.list(Command.of("listZones"), "zone", CsZone.class), usable);
        }

        /** The offering of exactly this name (listServiceOfferings name=...). */
        Optional<CsServiceOffering> offeringNamed(String name) {
            return get("offering:" + name, () -> cloudStack.list(Command.of("listServiceOfferings").with("name", name),
                    "serviceoffering", CsServiceOffering.class).stream().filter(o -> o.name().equals(name)).findFirst(),
                    Optional::isPresent);
        }

        /** Every offering (listServiceOfferings), kept ones if they satisfy {@code usable}. */
        List<CsServiceOffering> offerings(Predicate<List<CsServiceOffering>> usable) {
            return get("offerings", () -> InstanceTypes.all(cloudStack), usable);
        }

        @SuppressWarnings("unchecked")
        private <T> T get(String what, Supplier<T> load, Predicate<T> usable) {
            if (user == null) {
                return load.get();
            }
            String key = user + "\n" + what;
            Instant now = clock.instant();
            Kept earlier = kept.get(key);
            if (earlier != null && earlier.until().isAfter(now) && usable.test((T) earlier.value())) {
                return (T) earlier.value();
            }
            T fresh = load.get();
            if (usable.test(fresh)) {
                if (kept.size() >= MAX_ENTRIES) {
                    kept.clear();
                }
                kept.put(key, new Kept(fresh, now.plus(KEPT)));
            } else {
                kept.remove(key);
            }
            return fresh;
        }
    }
}
