package dev.ec2gateway.standin;

import java.io.PrintStream;
import java.time.Duration;

/**
 * The stand-in's command line: {@code --port N} (default 8080), {@code --state-delay-ms N} (default 2000),
 * {@code --preload-vms N} (Running VMs of ec2user) and {@code --preload-other-vms N} (of ec2other), both
 * default 0 and put into the store beyond the accounts' VM limits.
 */
record LaunchOptions(StandInSettings settings, int preloadVms, int preloadOtherVms) {
    static final String USAGE = "usage: CloudStackStandIn [--port N] [--state-delay-ms N] [--preload-vms N]"
            + " [--preload-other-vms N]";

    LaunchOptions {
        if (preloadVms < 0 || preloadOtherVms < 0) {
            throw new IllegalArgumentException("a number of VMs to preload must not be negative");
        }
    }

    /** The options of {@code args}; an unknown option is an IllegalArgumentException. */
    static LaunchOptions parse(String... args) {
        int port = 8080;
        Duration delay = StandInSettings.DEMO_STATE_DELAY;
        int preload = 0;
        int preloadOther = 0;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> port = Integer.parseInt(value);
                case "--state-delay-ms" -> delay = Duration.ofMillis(Long.parseLong(value));
                case "--preload-vms" -> preload = Integer.parseInt(value);
                case "--preload-other-vms" -> preloadOther = Integer.parseInt(value);
                default -> throw new IllegalArgumentException(USAGE);
            }
        }
        return new LaunchOptions(new StandInSettings(port, delay, true), preload, preloadOther);
    }

    /** Puts the preloaded VMs into a started stand-in and says so on {@code out}. */
    void preload(CloudStackStandIn standIn, PrintStream out) {
        if (preloadVms > 0) {
            standIn.preloadVms("ec2user", preloadVms);
            out.println("Preloaded " + preloadVms + " Running VMs of ec2user");
        }
        if (preloadOtherVms > 0) {
            standIn.preloadVms("ec2other", preloadOtherVms);
            out.println("Preloaded " + preloadOtherVms + " Running VMs of ec2other");
        }
    }
}
