package dev.ec2gateway.gateway.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** One API version's client and schema, sending requests signed with one certificate. */
record SignedSession(SoapClient client, Schema schema, String version, TestCertificate certificate) {
    static SignedSession open(URI endpoint, String version, TestCertificate certificate) throws Exception {
        return new SignedSession(new SoapClient(endpoint, version), WsdlSchema.schema(version), version, certificate);
    }

    /** Validates the request against the WSDL's schema, signs and sends it, and validates the answer. */
    Element call(String action, String body) throws Exception {
        Document envelope = SoapSigner.envelope(version, action, body);
        schema.newValidator().validate(new DOMSource(SoapXml.first(envelope.getDocumentElement(), action)));
        Element answer = client.call(action, SoapSigner.sign(envelope, certificate));
        assertEquals(action + "Response", answer.getLocalName(), answer::getTextContent);
        assertEquals(client.namespace, answer.getNamespaceURI());
        assertTrue(SoapXml.text(answer, "requestId").matches("[0-9a-f-]{36}"));
        schema.newValidator().validate(new DOMSource(answer));
        return answer;
    }

    /** Signs and sends the request as written, unchecked: for requests the gateway must refuse. */
    Element send(String action, String body) throws Exception {
        return client.call(action, SoapSigner.sign(SoapSigner.envelope(version, action, body), certificate));
    }
}
