package dev.ec2gateway.actions.certificates;

import java.security.cert.X509Certificate;

/** Where the certificates SOAP callers sign with are kept (the account store). */
public interface CertificateRegistry {
    /**
     * Registers the certificate to the access key.
     *
     * @throws IllegalArgumentException when it is already registered to another access key
     */
    void register(String accessKey, X509Certificate certificate);

    /** Removes every certificate of the access key and says how many there were. */
    int removeAll(String accessKey);
}
