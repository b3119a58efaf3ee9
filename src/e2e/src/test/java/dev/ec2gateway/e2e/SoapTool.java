package dev.ec2gateway.e2e;

import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A SOAP tool as EC2_CERT/EC2_PRIVATE_KEY users run it: a key pair and self-signed certificate made with
 * keytool (the certificate also written as PEM, for the admin to register), envelopes signed with
 * WS-Security (X.509 token, signature over body and timestamp) and posted with a SOAPAction header.
 */
final class SoapTool {
    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String PASSWORD = "changeit";

    static {
        WSSConfig.init();
    }

    private final URI endpoint;
    private final KeyStore keyStore;
    private final String alias;
    final Path certificatePem;
    private final HttpClient http = HttpClient.newHttpClient();

    private SoapTool(URI endpoint, KeyStore keyStore, String alias, Path certificatePem) {
        this.endpoint = endpoint;
        this.keyStore = keyStore;
        this.alias = alias;
        this.certificatePem = certificatePem;
    }

    static SoapTool generate(URI endpoint, Path dir, String name) throws Exception {
        Path store = dir.resolve(name + ".p12");
        Path pem = dir.resolve("cert-" + name + ".pem");
        keytool("-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
                "-validity", "2", "-dname", "CN=" + name, "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", name, "-keystore", store.toString(), "-storepass", PASSWORD,
                "-file", pem.toString());
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
        return new SoapTool(endpoint, keyStore, name, pem);
    }

    /** The answer of a signed call: its HTTP status and the first element of its SOAP body. */
    record Answer(int status, Element element) {
        String text(String name) {
            Node node = element.getElementsByTagNameNS("*", name).item(0);
            return node == null ? null : node.getTextContent();
        }

        /**
         * The texts at a path, in document order: its first step any element of that name in the answer,
         * the next ones child elements ({@code instancesSet/item/instanceState/name}).
         */
        List<String> texts(String path) {
            String[] steps = path.split("/");
            List<Element> current = new ArrayList<>();
            NodeList first = element.getElementsByTagNameNS("*", steps[0]);
            for (int i = 0; i < first.getLength(); i++) {
                current.add((Element) first.item(i));
            }
            for (int step = 1; step < steps.length; step++) {
                List<Element> next = new ArrayList<>();
                for (Element parent : current) {
                    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                        if (child instanceof Element e && steps[step].equals(e.getLocalName())) {
                            next.add(e);
                        }
                    }
                }
                current = next;
            }
            return current.stream().map(e -> e.getTextContent().strip()).toList();
        }

        /** The EC2 error code of a fault answer: the local name of its faultcode. */
        String faultCode() {
            String qualified = text("faultcode");
            return qualified == null ? null : qualified.substring(qualified.indexOf(':') + 1);
        }
    }

    Answer signed(String version, String action, String bodyXml) throws Exception {
        return post(action, sign(envelope(version, action, bodyXml)));
    }

    Answer unsigned(String version, String action, String bodyXml) throws Exception {
        return post(action, envelope(version, action, bodyXml));
    }

    private Answer post(String action, Document envelope) throws Exception {
        StringWriter xml = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(envelope), new StreamResult(xml));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"" + action + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(xml.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        Document answer = parse(response.body());
        Element body = (Element) answer.getElementsByTagNameNS(SOAP_NS, "Body").item(0);
        if (body == null) {
            throw new AssertionError("not a SOAP answer (" + response.statusCode() + "): " + response.body());
        }
        for (Node child = body.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                return new Answer(response.statusCode(), element);
            }
        }
        throw new AssertionError("an empty SOAP body: " + response.body());
    }

    private static Document envelope(String version, String action, String bodyXml) throws Exception {
        return parse("<soapenv:Envelope xmlns:soapenv=\"" + SOAP_NS + "\"><soapenv:Header/><soapenv:Body>"
                + "<" + action + " xmlns=\"http://ec2.amazonaws.com/doc/" + version + "/\">" + bodyXml
                + "</" + action + "></soapenv:Body></soapenv:Envelope>");
    }

    private Document sign(Document envelope) throws Exception {
        WSSecHeader header = new WSSecHeader(envelope);
        header.insertSecurityHeader();
        WSSecTimestamp timestamp = new WSSecTimestamp(header);
        timestamp.setTimeToLive(300);
        timestamp.build();
        WSSecSignature signature = new WSSecSignature(header);
        signature.setUserInfo(alias, PASSWORD);
        signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
        signature.setSignatureAlgorithm(WSConstants.RSA_SHA256);
        signature.setDigestAlgo(WSConstants.SHA256);
        signature.getParts().add(new WSEncryptionPart(WSConstants.TIMESTAMP_TOKEN_LN, WSConstants.WSU_NS, ""));
        signature.getParts().add(new WSEncryptionPart(WSConstants.ELEM_BODY, SOAP_NS, ""));
        Merlin crypto = new Merlin();
        crypto.setKeyStore(keyStore);
        signature.build(crypto);
        return envelope;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
