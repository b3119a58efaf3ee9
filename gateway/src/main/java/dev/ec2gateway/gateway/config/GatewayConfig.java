package dev.ec2gateway.gateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** The resolved settings of one gateway process, read through typed accessors. */
public final class GatewayConfig {
    private final Map<ConfigKey, String> values;

    GatewayConfig(Map<ConfigKey, String> values) {
        this.values = new EnumMap<>(values);
    }

    /** Defaults overridden by exactly these values (tests build their configuration this way). */
    public static GatewayConfig of(Map<ConfigKey, String> overrides) {
        Map<ConfigKey, String> all = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            all.put(key, key.defaultValue());
        }
        all.putAll(overrides);
        return new GatewayConfig(all);
    }

    public String get(ConfigKey key) {
        return values.get(key);
    }

    public int integer(ConfigKey key) {
        try {
            return Integer.parseInt(get(key).strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(key.key() + " must be a whole number, not '" + get(key) + "'");
        }
    }

    public boolean flag(ConfigKey key) {
        String value = get(key).strip();
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new ConfigException(key.key() + " must be true or false, not '" + value + "'");
    }

    public Duration seconds(ConfigKey key) {
        return Duration.ofSeconds(integer(key));
    }

    public Path path(ConfigKey key) {
        return Path.of(get(key));
    }

    public boolean isSet(ConfigKey key) {
        return !get(key).isBlank();
    }

    /** The gateway's URL as clients reach it. */
    public String publicUrl() {
        if (isSet(ConfigKey.PUBLIC_URL)) {
            return get(ConfigKey.PUBLIC_URL);
        }
        String host = get(ConfigKey.BIND_ADDRESS);
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        }
        boolean httpsOnly = !flag(ConfigKey.HTTP_ENABLED) && isSet(ConfigKey.HTTPS_PORT);
        return (httpsOnly ? "https://" : "http://") + host + ":"
                + get(httpsOnly ? ConfigKey.HTTPS_PORT : ConfigKey.PORT) + get(ConfigKey.CONTEXT_PATH);
    }

    /** A copy with some settings replaced. */
    public GatewayConfig with(ConfigKey key, String value) {
        Map<ConfigKey, String> copy = new EnumMap<>(values);
        copy.put(key, value);
        return new GatewayConfig(copy);
    }
}
