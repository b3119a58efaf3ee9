package dev.ec2gateway.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
import org.xml.sax.InputSource;

/**
 * EC2 SOAP requests signed as the SOAP tools sign them: a key pair and self-signed certificate made with
 * keytool, and each envelope signed with WS-Security (WSS4J) — the certificate as an X.509
 * BinarySecurityToken, a signature over the body and a fresh Timestamp, both with SHA-256.
 */
final class SoapRequests {
    static final String VERSION = "2014-02-01";
    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String ALIAS = "bench";
    private static final String PASSWORD = "changeit";
    private static final int TIMESTAMP_TTL_SECONDS = 300;

    static {
        WSSConfig.init();
    }

    private final URI endpoint;
    private final Merlin crypto;
    private final String certificatePem;
    private final TransformerFactory transformers = TransformerFactory.newInstance();
    private final AtomicLong signingNanos = new AtomicLong();
    private final AtomicLong signed = new AtomicLong();

    private SoapRequests(URI endpoint, Merlin crypto, String certificatePem) {
        this.endpoint = endpoint;
        this.crypto = crypto;
        this.certificatePem = certificatePem;
    }

    /** Makes an RSA 2048 key pair and a certificate valid for two days in {@code dir}, as a user would. */
    static SoapRequests generate(URI endpoint, Path dir) throws Exception {
        Path store = dir.resolve("soap-user.p12");
        Path pem = dir.resolve("soap-user-cert.pem");
        keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
                "-validity", "2", "-dname", "CN=ec2-gateway bench", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", ALIAS, "-keystore", store.toString(), "-storepass", PASSWORD,
                "-file", pem.toString());
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
        Merlin crypto = new Merlin();
        crypto.setKeyStore(keyStore);
        return new SoapRequests(endpoint, crypto, Files.readString(pem));
    }

    /** The certificate in PEM, to register (SetCertificate) for the user who signs with it. */
    String certificatePem() {
        return certificatePem;
    }

    /**
     * Every operation one envelope of its own, each signed with a fresh Timestamp when the run is prepared
     * (at most {@value #TIMESTAMP_TTL_SECONDS} s before it is sent): the signing stays out of the timing.
     */
    Workload presigned(String action, String bodyXml) {
        return Workload.signedBefore(() -> List.of(signed(action, bodyXml)));
    }

    /** The mean time signing one envelope took so far (client cost, not in the timing), in milliseconds. */
    double meanSigningMillis() {
        return signed.get() == 0 ? 0 : signingNanos.get() / 1e6 / signed.get();
    }

    /** One request with an envelope signed now, posted with its SOAPAction header. */
    HttpRequest signed(String action, String bodyXml) throws Exception {
        long started = System.nanoTime();
        Document envelope = envelope(action, bodyXml);
        WSSecHeader header = new WSSecHeader(envelope);
        header.insertSecurityHeader();
        WSSecTimestamp timestamp = new WSSecTimestamp(header);
        timestamp.setTimeToLive(TIMESTAMP_TTL_SECONDS);
        timestamp.build();
        WSSecSignature signature = new WSSecSignature(header);
        signature.setUserInfo(ALIAS, PASSWORD);
        signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
        signature.setSignatureAlgorithm(WSConstants.RSA_SHA256);
        signature.setDigestAlgo(WSConstants.SHA256);
        signature.getParts().add(new WSEncryptionPart(WSConstants.TIMESTAMP_TOKEN_LN, WSConstants.WSU_NS, ""));
        signature.getParts().add(new WSEncryptionPart(WSConstants.ELEM_BODY, SOAP_NS, ""));
        signature.build(crypto);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        transformers.newTransformer().transform(new DOMSource(envelope), new StreamResult(xml));
        signingNanos.addAndGet(System.nanoTime() - started);
        signed.incrementAndGet();
        return HttpRequest.newBuilder(endpoint).header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + action + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(xml.toByteArray())).build();
    }

    private static Document envelope(String action, String bodyXml) throws Exception {
        String xml = "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_NS + "\"><soapenv:Header/><soapenv:Body>"
                + "<" + action + " xmlns=\"http://ec2.amazonaws.com/doc/" + VERSION + "/\">" + bodyXml
                + "</" + action + "></soapenv:Body></soapenv:Envelope>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
