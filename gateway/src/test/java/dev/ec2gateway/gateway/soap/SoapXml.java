package dev.ec2gateway.gateway.soap;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads SOAP answers by local name, whatever the version's namespace. */
final class SoapXml {
    private SoapXml() {
    }

    /** The first element of that name below element, in document order, or null. */
    static Element first(Element element, String name) {
        return (Element) element.getElementsByTagNameNS("*", name).item(0);
    }

    /** The text of the first element of that name below element. */
    static String text(Element element, String name) {
        return first(element, name).getTextContent();
    }

    /** The texts of every element of that name below element, in document order. */
    static List<String> texts(Element element, String name) {
        NodeList found = element.getElementsByTagNameNS("*", name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent());
        }
        return texts;
    }

    /** The {@code name} of each item of a set (its own items, not those of sets inside them), in order. */
    static List<String> itemTexts(Element set, String name) {
        List<String> found = new ArrayList<>();
        for (Element item : children(set, "item")) {
            children(item, name).forEach(e -> found.add(e.getTextContent()));
        }
        return found;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
