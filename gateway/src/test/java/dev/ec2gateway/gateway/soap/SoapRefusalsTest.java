package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.wsdl.Ec2Wsdl;
import dev.ec2gateway.gateway.TestTranslators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.actions.ActionTable;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What the SOAP endpoint refuses, each with EC2's code as the fault code, and how it shares the port. */
class SoapRefusalsTest {
    private static final String VERSION = "2012-08-15";
    private static final String NAMESPACE = "http://ec2.amazonaws.com/doc/" + VERSION + "/";
    private static final String WSU_NS =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";

    @RegisterExtension
    final SoapHarness harness = new SoapHarness();

    @TempDir
    static Path dir;

    private static TestCertificate registered;
    private static TestCertificate stranger;
    private SoapClient client;

    @BeforeAll
    static void makeCertificates() throws Exception {
        registered = TestCertificate.shared();
        stranger = TestCertificate.generate(dir, "stranger");
    }

    @BeforeEach
    void setUp() throws Exception {
        harness.register(registered.certificate());
        harness.stub("listSSHKeyPairs", "{\"listsshkeypairsresponse\":{\"count\":1,\"sshkeypair\":[{\"id\":"
                + "\"f4309679-d98c-4b95-baf0-884beae75640\",\"name\":\"kp1\",\"fingerprint\":\"4b:f5\"}]}}");
        client = new SoapClient(harness.endpoint(), VERSION);
    }

    private Document describeKeyPairs() throws Exception {
        return SoapSigner.envelope(VERSION, "DescribeKeyPairs", "<keySet><item><keyName>kp1</keyName></item></keySet>");
    }

    private String faultOf(String action, Document envelope) {
        SOAPFaultException fault = assertThrows(SOAPFaultException.class, () -> client.call(action, envelope));
        assertEquals(NAMESPACE, fault.getFault().getFaultCodeAsQName().getNamespaceURI());
        return fault.getFault().getFaultCodeAsQName().getLocalPart();
    }

    @Test
    void aSignedMessageIsAnsweredWhileTheSameMessageUnsignedIsAuthFailure() throws Exception {
        assertEquals("DescribeKeyPairsResponse",
                client.call("DescribeKeyPairs", SoapSigner.sign(describeKeyPairs(), registered)).getLocalName());
        assertEquals("AuthFailure", faultOf("DescribeKeyPairs", describeKeyPairs()));
    }

    @Test
    void aSignedMessageLooksItsCertificateUpInTheStoreOnce() throws Exception {
        client.call("DescribeKeyPairs", SoapSigner.sign(describeKeyPairs(), registered));
        assertEquals(1, harness.ownerLookups.get());
    }

    @Test
    void aBodyChangedAfterSigningIsAuthFailure() throws Exception {
        Document signed = SoapSigner.sign(describeKeyPairs(), registered);
        signed.getElementsByTagNameNS(NAMESPACE, "keyName").item(0).setTextContent("someone-elses-key");
        assertEquals("AuthFailure", faultOf("DescribeKeyPairs", signed));
        harness.cloudStack.verify(0, SoapHarness.called("listSSHKeyPairs"));
    }

    @Test
    void aSignatureThatLeavesTheBodyOutIsAuthFailure() throws Exception {
        Document timestampOnly = SoapSigner.signOnly(describeKeyPairs(), registered, SoapSigner.Part.TIMESTAMP);
        assertEquals("AuthFailure", faultOf("DescribeKeyPairs", timestampOnly));
        harness.cloudStack.verify(0, SoapHarness.called("listSSHKeyPairs"));
    }

    @Test
    void aSignatureThatLeavesTheTimestampOutIsAuthFailure() throws Exception {
        Document bodyOnly = SoapSigner.signOnly(describeKeyPairs(), registered, SoapSigner.Part.BODY);
        assertEquals("AuthFailure", faultOf("DescribeKeyPairs", bodyOnly));
        harness.cloudStack.verify(0, SoapHarness.called("listSSHKeyPairs"));
    }

    @Test
    void aSignedBodyMovedIntoAHeaderWithAnotherBodyInItsPlaceIsAuthFailure() throws Exception {
        Document wrapped = SoapSigner.sign(describeKeyPairs(), registered);
        Element signedBody = (Element) wrapped.getElementsByTagNameNS(SoapSigner.SOAP_NS, "Body").item(0);
        Element header = (Element) wrapped.getElementsByTagNameNS(SoapSigner.SOAP_NS, "Header").item(0);
        Element envelope = wrapped.getDocumentElement();
        Element forgedBody = (Element) signedBody.cloneNode(true);
        forgedBody.removeAttributeNS(WSU_NS, "Id");
        forgedBody.getElementsByTagNameNS(NAMESPACE, "keyName").item(0).setTextContent("someone-elses-key");
        Element hiding = wrapped.createElementNS("urn:example:wrapper", "w:Hiding");
        header.appendChild(hiding);
        hiding.appendChild(signedBody);
        envelope.appendChild(forgedBody);
        assertEquals("AuthFailure", faultOf("DescribeKeyPairs", wrapped));
        harness.cloudStack.verify(0, SoapHarness.called("listSSHKeyPairs"));
    }

    @Test
    void aSignedMessageWithContentAfterItsEnvelopeIsInvalidRequest() throws Exception {
        Document signed = SoapSigner.sign(describeKeyPairs(), registered);
        StringWriter text = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(signed), new StreamResult(text));
        HttpResponse<String> answer = post(text + "<soapenv:Envelope xmlns:soapenv=\"" + SoapSigner.SOAP_NS + "\"/>");
        assertEquals(500, answer.statusCode());
        assertTrue(answer.body().contains("InvalidRequest"), answer.body());
        harness.cloudStack.verify(0, SoapHarness.called("listSSHKeyPairs"));
    }

    @Test
    void aSignedMessageSentAgainIsAuthFailure() throws Exception {
        Document signed = SoapSigner.sign(describeKeyPairs(), registered);
        assertEquals("DescribeKeyPairsResponse", client.call("DescribeKeyPairs", signed).getLocalName());
        assertEquals("AuthFailure", faultOf("DescribeKeyPairs", signed));
        harness.cloudStack.verify(1, SoapHarness.called("listSSHKeyPairs"));
    }

    @Test
    void anExpiredTimestampIsAuthFailure() throws Exception {
        Document stale = SoapSigner.sign(describeKeyPairs(), registered, Instant.now().minus(1, ChronoUnit.HOURS));
        assertEquals("AuthFailure", faultOf("DescribeKeyPairs", stale));
    }

    @Test
    void aCertificateRegisteredToNobodyIsAuthFailure() throws Exception {
        assertEquals("AuthFailure", faultOf("DescribeKeyPairs", SoapSigner.sign(describeKeyPairs(), stranger)));
    }

    @Test
    void aCertificateWhoseUserIsGoneIsAuthFailure() throws Exception {
        harness.accounts.clear();
        assertEquals("AuthFailure", faultOf("DescribeKeyPairs", SoapSigner.sign(describeKeyPairs(), registered)));
    }

    @Test
    void anEc2OperationWithoutARowIsUnsupportedOperationAndAnInventedOneInvalidAction() throws Exception {
        Document vpn = SoapSigner.sign(SoapSigner.envelope(VERSION, "DescribeVpnGateways", ""), registered);
        assertEquals("UnsupportedOperation", faultOf("DescribeVpnGateways", vpn));
        Document rocket = SoapSigner.sign(SoapSigner.envelope(VERSION, "LaunchRocket", ""), registered);
        assertEquals("InvalidAction", faultOf("LaunchRocket", rocket));
        Document gatewayOwn = SoapSigner.sign(SoapSigner.envelope(VERSION, "SetUserKeys", ""), registered);
        assertEquals("InvalidAction", faultOf("SetUserKeys", gatewayOwn));
    }

    @Test
    void aTranslatorsEc2ErrorBecomesTheFaultCodeWithItsMessage() throws Exception {
        Document noName = SoapSigner.sign(SoapSigner.envelope(VERSION, "CreateKeyPair", ""), registered);
        SOAPFaultException fault = assertThrows(SOAPFaultException.class, () -> client.call("CreateKeyPair", noName));
        assertEquals("MissingParameter", fault.getFault().getFaultCodeAsQName().getLocalPart());
        assertEquals("The request must contain the parameter KeyName.", fault.getFault().getFaultString());
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedAndNoEntityIsExpanded() throws Exception {
        String body = "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<soapenv:Envelope xmlns:soapenv=\"" + SoapSigner.SOAP_NS + "\"><soapenv:Body>"
                + "<DescribeKeyPairs xmlns=\"" + NAMESPACE + "\"><keySet><item><keyName>&x;</keyName></item></keySet>"
                + "</DescribeKeyPairs></soapenv:Body></soapenv:Envelope>";
        HttpResponse<String> answer = post(body);
        assertEquals(500, answer.statusCode());
        assertTrue(answer.body().contains("Fault"), answer.body());
        assertFalse(answer.body().contains("root:"), answer.body());
        harness.cloudStack.verify(0, SoapHarness.called("listSSHKeyPairs"));
    }

    @Test
    void anOversizedMessageIsRefusedBeforeItIsParsed() throws Exception {
        String padding = "x".repeat(SoapHarness.MAX_REQUEST_BYTES + 1);
        HttpResponse<String> answer = post("<soapenv:Envelope xmlns:soapenv=\"" + SoapSigner.SOAP_NS
                + "\"><soapenv:Body><DescribeKeyPairs xmlns=\"" + NAMESPACE + "\">" + padding
                + "</DescribeKeyPairs></soapenv:Body></soapenv:Envelope>");
        assertEquals(413, answer.statusCode());
    }

    @Test
    void theWsdlIsServedInTheNamespaceAskedForWithTheGatewaysAddress() throws Exception {
        HttpResponse<String> wsdl = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                java.net.URI.create(harness.endpoint() + "?wsdl&Version=2010-11-15")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("targetNamespace=\"http://ec2.amazonaws.com/doc/2010-11-15/\""));
        assertTrue(wsdl.body().contains("location=\"" + harness.endpoint() + "\""), wsdl.body());
    }

    @Test
    void aRequestWithAnActionParameterOnTheSamePathIsStillQuery() throws Exception {
        HttpResponse<String> query = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                java.net.URI.create(harness.endpoint() + "?Action=DescribeRegions&Version=2016-11-15")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(query.body().contains("<Response><Errors><Error><Code>MissingParameter</Code>"), query.body());
    }

    @Test
    void everyOperationOfTheWsdlIsARowOfTheActionTable() throws Exception {
        ActionTable table = ActionTable.create(TestTranslators.create());
        for (String operation : Ec2Wsdl.operations()) {
            assertTrue(table.find(operation).isPresent(), operation + " is in the WSDL but not in the action table");
        }
        assertFalse(Ec2Wsdl.operations().isEmpty());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(harness.endpoint())
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "DescribeKeyPairs")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
