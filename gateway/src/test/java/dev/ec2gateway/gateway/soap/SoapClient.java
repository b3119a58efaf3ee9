package dev.ec2gateway.gateway.soap;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import java.net.URI;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.apache.cxf.staxutils.StaxUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A JAX-WS client built at test time from the WSDL the gateway serves at {@code ?wsdl} for one API
 * version: service, port and address all come from that WSDL. It sends envelopes signed by the test.
 */
final class SoapClient {
    private final Dispatch<Source> dispatch;
    final String namespace;

    SoapClient(URI endpoint, String version) throws Exception {
        this.namespace = "http://ec2.amazonaws.com/doc/" + version + "/";
        Service service = Service.create(URI.create(endpoint + "?wsdl&Version=" + version).toURL(),
                new QName(namespace, "AmazonEC2"));
        this.dispatch = service.createDispatch(new QName(namespace, "AmazonEC2Port"), Source.class,
                Service.Mode.MESSAGE);
        dispatch.getRequestContext().put(BindingProvider.SOAPACTION_USE_PROPERTY, true);
    }

    /** Sends the envelope as the operation and returns the response element of the answer's body. */
    Element call(String action, Document envelope) throws Exception {
        dispatch.getRequestContext().put(BindingProvider.SOAPACTION_URI_PROPERTY, action);
        Source answer = dispatch.invoke(new DOMSource(envelope));
        Document document = StaxUtils.read(answer);
        Element body = (Element) document.getDocumentElement()
                .getElementsByTagNameNS(SoapSigner.SOAP_NS, "Body").item(0);
        for (Node child = body.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("an empty SOAP body");
    }
}
