package dev.ec2gateway.gateway.soap;

import java.util.Optional;

/** Whose SOAP signing certificate has this SHA-256 fingerprint (the account store's certificate table). */
@FunctionalInterface
public interface CertificateOwners {
    Optional<String> owner(String fingerprint);
}
