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

/**
 * Reads EC2's flat Query parameters ({@code Filter.1.Name}, {@code Filter.1.Value.2}, ...) into a
 * request record. The record's components are the parameters: their names (or {@link Param}) give the
 * wire names, their types the conversions; lists are 1-based and may have gaps, as clients send them.
 */
public final class QueryBinder {
    /**
     * Each request record's components and constructor, looked up once per class: reflection on every request
     * (annotations, generic types, the constructor) cost more than the rest of the binding.
     */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type.asSubclass(Record.class));
        }
    };

    /** A component of a request record as the Query parameters name it: its wire name, type and whether required. */
    public record Part(String wireName, Type type, boolean required) {
        /** Whether the component is a list ({@code Name.1}, {@code Name.2}, ...). */
        public boolean list() {
            return type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class;
        }
    }

    private record Shape(List<Part> parts, Constructor<?> constructor) {
        static Shape of(Class<? extends Record> type) {
            RecordComponent[] components = type.getRecordComponents();
            List<Part> parts = new ArrayList<>();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                parts.add(new Part(wireName(component), component.getGenericType(),
                        component.isAnnotationPresent(Required.class)));
                types[i] = component.getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return new Shape(List.copyOf(parts), constructor);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + type.getName(), e);
            }
        }
    }

    private QueryBinder() {
    }

    public static <R extends Record> R bind(Class<R> type, Map<String, String> params) {
        return bindRecord(type, "", params);
    }

    /** The record's components as the Query parameters name them, in order (looked up once per class). */
    public static List<Part> parts(Class<? extends Record> type) {
        return SHAPES.get(type).parts();
    }

    private static <R extends Record> R bindRecord(Class<R> type, String prefix, Map<String, String> params) {
        Shape shape = SHAPES.get(type);
        Object[] values = new Object[shape.parts().size()];
        for (int i = 0; i < values.length; i++) {
            Part part = shape.parts().get(i);
            String key = prefix + part.wireName();
            Object value = bindValue(part.type(), key, params);
            if (part.required() && isAbsent(value)) {
                throw Ec2Error.MISSING_PARAMETER.with(key);
            }
            values[i] = value;
        }
        try {
            return type.cast(shape.constructor().newInstance(values));
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
    private static String wireName(RecordComponent component) {
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

    /** The indices N of the parameters named {@code key.N} or {@code key.N.anything}, N of one to six digits. */
    private static TreeSet<Integer> indices(String key, Map<String, String> params) {
        String prefix = key + ".";
        TreeSet<Integer> indices = new TreeSet<>();
        for (String name : params.keySet()) {
            if (!name.startsWith(prefix)) {
                continue;
            }
            int end = prefix.length();
            while (end < name.length() && end - prefix.length() < 7 && isDigit(name.charAt(end))) {
                end++;
            }
            int digits = end - prefix.length();
            if (digits >= 1 && digits <= 6 && (end == name.length() || name.charAt(end) == '.')) {
                indices.add(Integer.parseInt(name, prefix.length(), end, 10));
            }
        }
        return indices;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
