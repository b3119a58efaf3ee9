package dev.ec2gateway.standin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parameters of one API call; names are case-insensitive as in CloudStack. */
final class Params {

    private static final Pattern INDEXED = Pattern.compile("([a-z]+)\\[(\\d+)]\\.([a-z]+)");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final String command;

    Params(Map<String, String> raw) {
        values.putAll(raw);
        this.command = values.getOrDefault("command", "");
    }

    /** The command name in lower case, as CloudStack writes it in its messages. */
    String command() {
        return command.toLowerCase();
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isEmpty());
    }

    String required(String name) {
        return get(name).orElseThrow(() -> ApiError.missingParameter(command(), name));
    }

    boolean flag(String name) {
        return get(name).map(Boolean::parseBoolean).orElse(false);
    }

    Optional<Long> number(String name) {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.get()));
        } catch (NumberFormatException e) {
            throw ApiError.invalidParameter(command(), name, value.get());
        }
    }

    /** A comma-separated list parameter; empty if absent. */
    List<String> list(String name) {
        return get(name).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList()).orElse(List.of());
    }

    /** A UUID parameter; anything not shaped like a UUID is CloudStack's "invalid value" error. */
    Optional<String> uuid(String name) {
        Optional<String> value = get(name);
        value.ifPresent(v -> {
            if (!UUID.matcher(v).matches()) {
                throw ApiError.invalidParameter(command(), name, v);
            }
        });
        return value;
    }

    /** A comma-separated list of UUIDs; a malformed one is CloudStack's "invalid value" error. */
    List<String> uuids(String name) {
        List<String> ids = list(name);
        for (String id : ids) {
            if (!UUID.matcher(id).matches()) {
                throw ApiError.invalidParameter(command(), name, id);
            }
        }
        return ids;
    }

    /** Indexed map parameters such as {@code tags[0].key=a&tags[0].value=b}, in index order. */
    List<Map<String, String>> indexed(String prefix) {
        Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            Matcher matcher = INDEXED.matcher(entry.getKey().toLowerCase());
            if (matcher.matches() && matcher.group(1).equals(prefix)) {
                byIndex.computeIfAbsent(Integer.parseInt(matcher.group(2)), i -> new LinkedHashMap<>())
                        .put(matcher.group(3), entry.getValue());
            }
        }
        return new ArrayList<>(byIndex.values());
    }
}
