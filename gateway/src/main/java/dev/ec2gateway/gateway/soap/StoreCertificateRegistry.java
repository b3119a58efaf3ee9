package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.actions.certificates.CertificateRegistry;
import dev.ec2gateway.gateway.store.StoredCertificates;
import java.security.cert.X509Certificate;

/** SetCertificate and DeleteCertificate write to the account store's certificates, as the admin command does. */
public record StoreCertificateRegistry(StoredCertificates certificates) implements CertificateRegistry {
    @Override
    public void register(String accessKey, X509Certificate certificate) {
        certificates.add(accessKey, certificate);
    }

    @Override
    public int removeAll(String accessKey) {
        return certificates.removeAll(accessKey);
    }
}
