package dev.ec2gateway.gateway.soap;

import java.io.StringReader;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.util.WSTimeSource;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Builds SOAP 1.1 envelopes as the EC2 SOAP tools send them: the request element in the body and a
 * WS-Security header with a Timestamp, the X.509 certificate as a BinarySecurityToken and a signature
 * over body and timestamp (WSS4J, as the gateway's verifier).
 */
final class SoapSigner {
    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";

    static {
        WSSConfig.init();
    }

    private SoapSigner() {
    }

    static Document envelope(String version, String action, String bodyXml) throws Exception {
        String xml = "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_NS + "\"><soapenv:Header/><soapenv:Body>"
                + "<" + action + " xmlns=\"http://ec2.amazonaws.com/doc/" + version + "/\">" + bodyXml
                + "</" + action + "></soapenv:Body></soapenv:Envelope>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** Signs the envelope with a timestamp created now. */
    static Document sign(Document envelope, TestCertificate certificate) throws Exception {
        return sign(envelope, certificate, Instant.now());
    }

    /** Signs the envelope with a timestamp created at {@code created}, valid for five minutes. */
    static Document sign(Document envelope, TestCertificate certificate, Instant created) throws Exception {
        return sign(envelope, certificate, created, Part.TIMESTAMP, Part.BODY);
    }

    /** Signs one part of the envelope only (the timestamp is there either way), as a careless or forging client. */
    static Document signOnly(Document envelope, TestCertificate certificate, Part part) throws Exception {
        return sign(envelope, certificate, Instant.now(), part);
    }

    private static Document sign(Document envelope, TestCertificate certificate, Instant created, Part... parts)
            throws Exception {
        WSSecHeader header = new WSSecHeader(envelope);
        header.insertSecurityHeader();
        WSSecTimestamp timestamp = new WSSecTimestamp(header);
        timestamp.setTimeToLive(300);
        timestamp.setWsTimeSource(new FixedTime(created));
        timestamp.build();
        WSSecSignature signature = new WSSecSignature(header);
        signature.setUserInfo(certificate.alias(), certificate.password());
        signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
        signature.setSignatureAlgorithm(WSConstants.RSA_SHA256);
        signature.setDigestAlgo(WSConstants.SHA256);
        for (Part part : parts) {
            signature.getParts().add(part.encryptionPart());
        }
        signature.build(certificate.crypto());
        return envelope;
    }

    /** What a signature can cover. */
    enum Part {
        TIMESTAMP, BODY;

        WSEncryptionPart encryptionPart() {
            return this == TIMESTAMP ? new WSEncryptionPart(WSConstants.TIMESTAMP_TOKEN_LN, WSConstants.WSU_NS, "")
                    : new WSEncryptionPart(WSConstants.ELEM_BODY, SOAP_NS, "");
        }
    }

    private record FixedTime(Instant instant) implements WSTimeSource {
        @Override
        public Instant now() {
            return instant;
        }
    }
}
