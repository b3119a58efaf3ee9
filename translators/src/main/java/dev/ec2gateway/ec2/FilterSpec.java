package dev.ec2gateway.ec2;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The filters one Describe action understands, and how to apply them to its result items. A request's
 * filters all have to match (AND); the values of one filter are alternatives (OR); values may use EC2's
 * {@code *} and {@code ?} wildcards. An unknown filter name answers {@code InvalidParameterValue}.
 */
public final class FilterSpec<T> {
    private final Map<String, Function<T, Collection<String>>> fields;
    private final Function<T, List<Tag>> tags;

    private FilterSpec(Map<String, Function<T, Collection<String>>> fields, Function<T, List<Tag>> tags) {
        this.fields = Map.copyOf(fields);
        this.tags = tags;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The names this spec accepts, without the tag filters. */
    public java.util.Set<String> names() {
        return fields.keySet();
    }

    /** A predicate matching the items every filter of the request accepts. */
    public Predicate<T> predicate(List<Filter> filters) {
        Predicate<T> all = item -> true;
        for (Filter filter : filters) {
            all = all.and(predicate(filter));
        }
        return all;
    }

    private Predicate<T> predicate(Filter filter) {
        String name = filter.name();
        List<Pattern> patterns = filter.values().stream().map(FilterSpec::wildcard).toList();
        if (fields.containsKey(name)) {
            Function<T, Collection<String>> field = fields.get(name);
            return item -> anyMatches(patterns, field.apply(item));
        }
        if (tags != null && name.startsWith("tag:")) {
            String key = name.substring(4);
            return item -> anyMatches(patterns,
                    tags.apply(item).stream().filter(t -> t.key().equals(key)).map(Tag::value).toList());
        }
        if (tags != null && name.equals("tag-key")) {
            return item -> anyMatches(patterns, tags.apply(item).stream().map(Tag::key).toList());
        }
        if (tags != null && name.equals("tag-value")) {
            return item -> anyMatches(patterns, tags.apply(item).stream().map(Tag::value).toList());
        }
        throw Ec2Error.INVALID_PARAMETER_VALUE.with("The filter '" + name + "' is invalid");
    }

    private static boolean anyMatches(List<Pattern> patterns, Collection<String> values) {
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (Pattern pattern : patterns) {
                if (pattern.matcher(value).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** EC2's wildcards: {@code *} any run, {@code ?} one character, backslash escapes either. */
    static Pattern wildcard(String value) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                regex.append(Pattern.quote(String.valueOf(value.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** Collects the filter names of one Describe action. */
    public static final class Builder<T> {
        private final Map<String, Function<T, Collection<String>>> fields = new LinkedHashMap<>();
        private Function<T, List<Tag>> tags;

        public Builder<T> field(String name, Function<T, ?> value) {
            fields.put(name, item -> {
                Object v = value.apply(item);
                return v == null ? List.of() : List.of(String.valueOf(v));
            });
            return this;
        }

        public Builder<T> multi(String name, Function<T, Collection<String>> values) {
            fields.put(name, item -> Objects.requireNonNullElse(values.apply(item), List.of()));
            return this;
        }

        /** Adds {@code tag:KEY}, {@code tag-key} and {@code tag-value}. */
        public Builder<T> tags(Function<T, List<Tag>> tagsOfItem) {
            this.tags = tagsOfItem;
            return this;
        }

        public FilterSpec<T> build() {
            return new FilterSpec<>(fields, tags);
        }
    }
}
