package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.wsdl.Ec2Wsdl;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The schema inside the gateway's WSDL for one version, to validate answers with, and its operations. */
final class WsdlSchema {
    private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";
    private static final String XSD_NS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    private WsdlSchema() {
    }

    static Document wsdl(String version) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                Ec2Wsdl.text(version, "http://127.0.0.1/awsapi"))));
    }

    static Schema schema(String version) throws Exception {
        Element schema = (Element) wsdl(version).getElementsByTagNameNS(XSD_NS, "schema").item(0);
        return SchemaFactory.newInstance(XSD_NS).newSchema(new DOMSource(schema));
    }

    static List<String> operations() throws Exception {
        Element portType = (Element) wsdl(Ec2Wsdl.WRITTEN_VERSION).getElementsByTagNameNS(WSDL_NS, "portType").item(0);
        NodeList operations = portType.getElementsByTagNameNS(WSDL_NS, "operation");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < operations.getLength(); i++) {
            names.add(((Element) operations.item(i)).getAttribute("name"));
        }
        return names;
    }
}
