package dev.ec2gateway.gateway.store;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

/** PEM reading and SHA-256 fingerprints of X.509 certificates, the way the certificate table keys them. */
public final class Certificates {
    private static final int MAX_PEM_CHARS = 8000;

    private Certificates() {
    }

    /** The one certificate of a PEM (or DER) text; IllegalArgumentException when it is none. */
    public static X509Certificate parse(byte[] encoded) {
        if (encoded.length > MAX_PEM_CHARS) {
            throw new IllegalArgumentException("a certificate is at most " + MAX_PEM_CHARS + " bytes long");
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            var certificates = factory.generateCertificates(new ByteArrayInputStream(encoded));
            if (certificates.size() != 1) {
                throw new IllegalArgumentException("expected exactly one certificate, found " + certificates.size());
            }
            return (X509Certificate) certificates.iterator().next();
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not an X.509 certificate in PEM or DER form", e);
        }
    }

    /** Lower-case hex SHA-256 of the DER encoding. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded", e);
        }
    }

    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded", e);
        }
    }
}
