package dev.ec2gateway.cloudstack;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** One CloudStack API command and its parameters (without apiKey, response and signature). */
public record Command(String name, Map<String, String> params) {
    public Command {
        params = Map.copyOf(params);
    }

    public static Command of(String name) {
        return new Command(name, Map.of());
    }

    /** This command with one more parameter; a null value leaves the parameter out. */
    public Command with(String key, Object value) {
        if (value == null) {
            return this;
        }
        TreeMap<String, String> more = new TreeMap<>(params);
        more.put(key, String.valueOf(value));
        return new Command(name, more);
    }

    /** This command with a comma-separated list parameter; an empty list leaves it out. */
    public Command withList(String key, Collection<String> values) {
        return values == null || values.isEmpty() ? this : with(key, String.join(",", values));
    }
}
