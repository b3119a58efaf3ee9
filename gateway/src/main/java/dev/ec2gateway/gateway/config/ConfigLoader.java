package dev.ec2gateway.gateway.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/** Resolves the settings: defaults, then the properties file, then environment variables, then flags. */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /**
     * @param file    the properties file, or null for none
     * @param env     the process environment
     * @param flags   values given on the command line, by key
     */
    public static GatewayConfig load(Path file, Map<String, String> env, Map<ConfigKey, String> flags) {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            values.put(key, key.defaultValue());
        }
        if (file != null) {
            Properties properties = read(file);
            Map<String, ConfigKey> byName = Arrays.stream(ConfigKey.values())
                    .collect(Collectors.toMap(ConfigKey::key, k -> k));
            for (String name : properties.stringPropertyNames()) {
                ConfigKey key = byName.get(name);
                if (key == null) {
                    throw new ConfigException(file + ": unknown setting '" + name + "'");
                }
                values.put(key, properties.getProperty(name).strip());
            }
        }
        for (ConfigKey key : ConfigKey.values()) {
            String fromEnv = env.get(key.environmentVariable());
            if (fromEnv != null) {
                values.put(key, fromEnv);
            }
        }
        values.putAll(flags);
        return new GatewayConfig(values);
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
        return properties;
    }
}
