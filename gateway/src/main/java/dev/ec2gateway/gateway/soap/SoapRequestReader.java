package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.ec2.QueryBinder;
import java.lang.reflect.ParameterizedType;
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
    private SoapRequestReader() {
    }

    static Map<String, String> read(String action, String version, Class<? extends Record> requestType,
                                    Element request) {
        Map<String, String> params = new LinkedHashMap<>();
        readRecord(new Names(action, version), requestType, request, "", params);
        return params;
    }

    private static void readRecord(Names names, Class<? extends Record> type, Element parent, String prefix,
                                   Map<String, String> params) {
        for (QueryBinder.Part part : QueryBinder.parts(type)) {
            String queryName = part.wireName();
            Type generic = part.type();
            String path = names.path(queryName, part.list());
            if (part.list()) {
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
            readRecord(names, raw.asSubclass(Record.class), element, key + ".", params);
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
    private static Element unread(Names names, Class<? extends Record> type, Element parent) {
        Set<String> read = new HashSet<>();
        for (QueryBinder.Part part : QueryBinder.parts(type)) {
            read.add(names.path(part.wireName(), part.list()).split("/")[0]);
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

    /** Where this request's parameters are: the action's names in the request's API version. */
    private record Names(String action, String version) {
        String path(String queryName, boolean list) {
            return SoapNames.path(action, version, queryName, list);
        }
    }
}
