package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.ec2.QueryBinder;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the request element of a SOAP body into the flat parameters the Query reader produces
 * ({@code KeyName.1}, {@code Filter.1.Value.2}, ...), so that the same binder and dispatcher serve both
 * front ends. The request record of the action says what to look for; {@link SoapNames} says where.
 */
final class SoapRequestReader {
    // reflection on a request record (its components, their annotations) once per class, not per request
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return Component.of(type);
        }
    };

    private SoapRequestReader() {
    }

    static Map<String, String> read(String action, String version, Class<? extends Record> requestType,
                                    Element request) {
        Map<String, String> params = new LinkedHashMap<>();
        readRecord(new Names(action, version), requestType, request, "", params);
        return params;
    }

    private static void readRecord(Names names, Class<?> type, Element parent, String prefix,
                                   Map<String, String> params) {
        for (Component component : COMPONENTS.get(type)) {
            String queryName = component.queryName();
            Type generic = component.type();
            String path = names.path(queryName, component.list());
            if (component.list()) {
                Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
                int index = 1;
                for (Element item : select(parent, path)) {
                    readValue(names, element, item, prefix + queryName + "." + index++, params);
                }
            } else if (path.equals(SoapNames.ELEMENT_NAME)) {
                Element named = unread(names, type, parent);
                if (named != null) {
                    params.put(prefix + queryName, named.getLocalName());
                }
            } else {
                List<Element> found = select(parent, path);
                if (!found.isEmpty()) {
                    readValue(names, generic, found.get(0), prefix + queryName, params);
                }
            }
        }
    }

    private static void readValue(Names names, Type type, Element element, String key, Map<String, String> params) {
        if (type instanceof Class<?> raw && Record.class.isAssignableFrom(raw)) {
            readRecord(names, raw, element, key + ".", params);
        } else if (isItem(element)) {
            // an item of a list of values holds the value in its one child (keySet/item/keyName)
            Element value = firstChild(element);
            if (value != null) {
                params.put(key, value.getTextContent().strip());
            }
        } else {
            params.put(key, element.getTextContent().strip());
        }
    }

    /** The elements at a path below parent, in document order, in the parent's namespace. */
    private static List<Element> select(Element parent, String path) {
        List<Element> current = List.of(parent);
        for (String step : path.split("/")) {
            List<Element> next = new ArrayList<>();
            for (Element element : current) {
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element e && step.equals(e.getLocalName())
                            && same(parent.getNamespaceURI(), e.getNamespaceURI())) {
                        next.add(e);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    /** The first child element that no component of the record reads: EC2 names some attributes by an empty element. */
    private static Element unread(Names names, Class<?> type, Element parent) {
        Set<String> read = new HashSet<>();
        for (Component component : COMPONENTS.get(type)) {
            read.add(names.path(component.queryName(), component.list()).split("/")[0]);
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && !read.contains(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static boolean isItem(Element element) {
        return "item".equals(element.getLocalName());
    }

    private static Element firstChild(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** A component of a request record: its Query name, its type and whether it is a list. */
    private record Component(String queryName, Type type, boolean list) {
        static List<Component> of(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Type generic = component.getGenericType();
                boolean list = generic instanceof ParameterizedType p && p.getRawType() == List.class;
                components.add(new Component(QueryBinder.wireName(component), generic, list));
            }
            return List.copyOf(components);
        }
    }

    /** Where this request's parameters are: the action's names in the request's API version. */
    private record Names(String action, String version) {
        String path(String queryName, boolean list) {
            return SoapNames.path(action, version, queryName, list);
        }
    }
}
