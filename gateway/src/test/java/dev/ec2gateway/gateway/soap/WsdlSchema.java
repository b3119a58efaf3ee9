package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.wsdl.Ec2Wsdl;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The schema inside the gateway's WSDL for one version, to validate answers with. */
final class WsdlSchema {
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

}
