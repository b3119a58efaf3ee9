package dev.ec2gateway.wsdl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The gateway's own EC2 SOAP contract ({@code ec2-gateway.wsdl}): written for one API version and
 * handed out for any, with that version's namespace and the gateway's own address.
 */
public final class Ec2Wsdl {
    /** The version the file is written in; every other version is the same contract in its namespace. */
    public static final String WRITTEN_VERSION = "2014-02-01";
    private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String WRITTEN_ADDRESS = "http://localhost:7080/awsapi";
    private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";

    private Ec2Wsdl() {
    }

    /** The namespace of an API version, as EC2 writes it. */
    public static String namespace(String version) {
        return "http://ec2.amazonaws.com/doc/" + version + "/";
    }

    /** The WSDL in the namespace of {@code version}, with {@code address} as the port's location. */
    public static String text(String version, String address) {
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("not an API version: " + version);
        }
        return WsdlFile.TEXT.replace(namespace(WRITTEN_VERSION), namespace(version))
                .replace("location=\"" + WRITTEN_ADDRESS + "\"", "location=\"" + escape(address) + "\"");
    }

    /** The WSDL as written (namespace {@value #WRITTEN_VERSION}). */
    public static String text() {
        return WsdlFile.TEXT;
    }

    /** The operations of the port type, in the file's order: the EC2 actions served over SOAP. */
    public static List<String> operations() {
        return WsdlFile.OPERATIONS;
    }

    /**
     * The file, read and parsed at its first use, not by {@link #namespace}: every Query answer asks for a
     * namespace, and parsing the file with the JDK's DOM parser took the first answer about 70 ms.
     */
    private static final class WsdlFile {
        static final String TEXT = load();
        static final List<String> OPERATIONS = operationsOf(TEXT);
    }

    private static List<String> operationsOf(String wsdl) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Element portType = (Element) factory.newDocumentBuilder().parse(new InputSource(new StringReader(wsdl)))
                    .getElementsByTagNameNS(WSDL_NS, "portType").item(0);
            NodeList operations = portType.getElementsByTagNameNS(WSDL_NS, "operation");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < operations.getLength(); i++) {
                names.add(((Element) operations.item(i)).getAttribute("name"));
            }
            return List.copyOf(names);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("the gateway's WSDL cannot be read", e);
        }
    }

    private static String escape(String attribute) {
        return attribute.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static String load() {
        try (InputStream in = Ec2Wsdl.class.getResourceAsStream("ec2-gateway.wsdl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
