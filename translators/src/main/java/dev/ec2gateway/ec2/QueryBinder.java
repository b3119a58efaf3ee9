package dev.ec2gateway.ec2;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads EC2's flat Query parameters ({@code Filter.1.Name}, {@code Filter.1.Value.2}, ...) into a
 * request record. The record's components are the parameters: their names (or {@link Param}) give the
 * wire names, their types the conversions; lists are 1-based and may have gaps, as clients send them.
 */
public final class QueryBinder {
    private QueryBinder() {
    }

    public static <R extends Record> R bind(Class<R> type, Map<String, String> params) {
        return bindRecord(type, "", params);
    }

    private static <R extends Record> R bindRecord(Class<R> type, String prefix, Map<String, String> params) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String key = prefix + wireName(component);
            Object value = bindValue(component.getGenericType(), key, params);
            if (component.isAnnotationPresent(Required.class) && isAbsent(value)) {
                throw Ec2Error.MISSING_PARAMETER.with(key);
            }
            values[i] = value;
            types[i] = component.getType();
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    /** The Query name of a record component: {@link Param} or the name with a capital first letter. */
    public static String wireName(RecordComponent component) {
        Param param = component.getAnnotation(Param.class);
        if (param != null) {
            return param.value();
        }
        String name = component.getName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean isAbsent(Object value) {
        return value == null || (value instanceof List<?> list && list.isEmpty())
                || (value instanceof String s && s.isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static Object bindValue(Type type, String key, Map<String, String> params) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            Type element = parameterized.getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            for (int index : indices(key, params)) {
                Object item = bindValue(element, key + "." + index, params);
                if (item != null) {
                    list.add(item);
                }
            }
            return List.copyOf(list);
        }
        Class<?> raw = (Class<?>) type;
        if (Record.class.isAssignableFrom(raw)) {
            String nested = key + ".";
            boolean present = params.keySet().stream().anyMatch(k -> k.startsWith(nested));
            return present ? bindRecord((Class<? extends Record>) raw, nested, params) : null;
        }
        String text = params.get(key);
        return text == null ? null : convert(raw, key, text);
    }

    private static TreeSet<Integer> indices(String key, Map<String, String> params) {
        Pattern pattern = Pattern.compile(Pattern.quote(key) + "\\.(\\d{1,6})(?:\\..*)?");
        TreeSet<Integer> indices = new TreeSet<>();
        for (String name : params.keySet()) {
            Matcher matcher = pattern.matcher(name);
            if (matcher.matches()) {
                indices.add(Integer.parseInt(matcher.group(1)));
            }
        }
        return indices;
    }

    private static Object convert(Class<?> type, String key, String text) {
        if (type == String.class) {
            return text;
        }
        if (type == Integer.class) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw invalid(key, text, "an integer");
            }
        }
        if (type == Long.class) {
            try {
                return Long.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw invalid(key, text, "an integer");
            }
        }
        if (type == Boolean.class) {
            if (text.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (text.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
            throw invalid(key, text, "true or false");
        }
        if (type == byte[].class) {
            try {
                return Base64.getDecoder().decode(text.replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                throw invalid(key, "...", "Base64-encoded");
            }
        }
        throw new IllegalStateException("no conversion to " + type.getName() + " for " + key);
    }

    private static Ec2Exception invalid(String key, String text, String expected) {
        return Ec2Error.INVALID_PARAMETER_VALUE.with(
                "Value (" + text + ") for parameter " + key + " is invalid. It must be " + expected + ".");
    }
}
