package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.ExpiringCache;
import dev.ec2gateway.actions.instances.CsCatalog.CsServiceOffering;
import dev.ec2gateway.actions.instances.CsCatalog.CsZone;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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

    private final ExpiringCache<String, Object> kept;

    LaunchCatalog(Clock clock) {
        this.kept = new ExpiringCache<>(clock, MAX_ENTRIES);
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
            Optional<Object> earlier = kept.get(key);
            if (earlier.isPresent() && usable.test((T) earlier.get())) {
                return (T) earlier.get();
            }
            T fresh = load.get();
            if (usable.test(fresh)) {
                kept.put(key, fresh, KEPT);
            } else {
                kept.remove(key);
            }
            return fresh;
        }
    }
}
