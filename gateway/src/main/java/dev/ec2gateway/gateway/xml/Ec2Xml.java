package dev.ec2gateway.gateway.xml;

import dev.ec2gateway.ec2.Element;
import dev.ec2gateway.wsdl.Ec2Wsdl;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The one writer of EC2 XML, for answers and errors alike. A result record becomes
 * {@code <ActionResponse xmlns="http://ec2.amazonaws.com/doc/VERSION/">} with {@code requestId} first and
 * then one element per record component, in order: lists as {@code <name><item>…</item></name>}, nested
 * records as nested elements, null components left out, booleans lower-case, times ISO-8601 UTC.
 */
public final class Ec2Xml {
    // the JDK's own writer, not whichever StAX implementation is on the class path (CXF brings Woodstox)
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    // reflection on a record class is costly (the profile showed it per written value): once per class
    private static final ClassValue<List<Part>> PARTS = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> type) {
            return Part.of(type);
        }
    };

    private Ec2Xml() {
    }

    /** The namespace of an API version, as EC2 writes it (the WSDL's rule, one definition of it). */
    public static String namespace(String version) {
        return Ec2Wsdl.namespace(version);
    }

    /** Writes a successful answer to an action. */
    public static void writeResult(OutputStream out, String action, String version, String requestId, Record result) {
        try {
            XMLStreamWriter xml = writerOn(out);
            xml.writeStartDocument("UTF-8", "1.0");
            writeResult(xml, action, version, requestId, result);
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the answer to " + action, e);
        }
    }

    /**
     * Writes the answer's element to a writer that is already in a document (SOAP's body). Its elements are
     * written unqualified, below a default namespace declaration.
     */
    public static void writeResult(XMLStreamWriter xml, String action, String version, String requestId,
                                   Record result) throws XMLStreamException {
        xml.writeStartElement(action + "Response");
        xml.writeDefaultNamespace(namespace(version));
        text(xml, "requestId", requestId);
        components(xml, result);
        xml.writeEndElement();
    }

    /** Writes EC2's error document, the one every EC2 client can read. */
    public static void writeError(OutputStream out, String code, String message, String requestId) {
        try {
            XMLStreamWriter xml = writerOn(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Response");
            xml.writeStartElement("Errors");
            xml.writeStartElement("Error");
            text(xml, "Code", code);
            text(xml, "Message", message);
            xml.writeEndElement();
            xml.writeEndElement();
            text(xml, "RequestID", requestId);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an error answer", e);
        }
    }

    /**
     * The JDK's writer hands its stream every byte on its own; through a lock-free buffer, not straight into a
     * stream whose single-byte write is synchronized (two thirds of the time spent writing a long answer).
     * {@code flush} on the XML writer empties the buffer into the stream.
     */
    private static XMLStreamWriter writerOn(OutputStream out) throws XMLStreamException {
        return FACTORY.createXMLStreamWriter(new ByteBatcher(out), "UTF-8");
    }

    // Indexed loops over lists: an iterator per record and per list was a tenth of what a long listing allocated.
    private static void components(XMLStreamWriter xml, Record record) throws XMLStreamException {
        List<Part> parts = PARTS.get(record.getClass());
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            Object value = part.read(record);
            if (value != null) {
                value(xml, part.name(), value);
            }
        }
    }

    private static void value(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value instanceof List<?> items && items instanceof RandomAccess) {
            xml.writeStartElement(name);
            for (int i = 0; i < items.size(); i++) {
                value(xml, "item", items.get(i));
            }
            xml.writeEndElement();
        } else if (value instanceof Collection<?> items) {
            xml.writeStartElement(name);
            for (Object item : items) {
                value(xml, "item", item);
            }
            xml.writeEndElement();
        } else if (value instanceof Record nested) {
            xml.writeStartElement(name);
            components(xml, nested);
            xml.writeEndElement();
        } else if (value instanceof Instant instant) {
            text(xml, name, Ec2Time.format(instant));
        } else {
            text(xml, name, String.valueOf(value));
        }
    }

    private static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** One component of a result record: its element name and accessor, looked up once per record class. */
    private record Part(String name, Method accessor) {
        // one empty argument array for every read: a call without arguments makes a new one each time
        private static final Object[] NO_ARGUMENTS = {};

        static List<Part> of(Class<?> type) {
            List<Part> parts = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Element element = component.getAnnotation(Element.class);
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                parts.add(new Part(element != null ? element.value() : component.getName(), accessor));
            }
            return List.copyOf(parts);
        }

        Object read(Record record) {
            try {
                return accessor.invoke(record, NO_ARGUMENTS);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getName(), e);
            }
        }
    }
}
