package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.gateway.store.Certificates;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.regex.Pattern;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSSecurityException;

/**
 * WSS4J's trust decision for SOAP signatures: a signing certificate is trusted when it is registered
 * to an access key and within its validity dates. No key store, no CA: the registration is the trust.
 */
final class CertificateTrust extends Merlin {
    private final CertificateOwners owners;

    CertificateTrust(CertificateOwners owners) {
        this.owners = owners;
    }

    @Override
    public void verifyTrust(X509Certificate[] certificates, boolean enableRevocation,
                            Collection<Pattern> subjectCertConstraints, Collection<Pattern> issuerCertConstraints)
            throws WSSecurityException {
        owner(certificates);
    }

    /**
     * The access key the signing certificate (the first) is registered to, when it is registered and valid.
     *
     * @throws WSSecurityException when it is not to be trusted
     */
    String owner(X509Certificate[] certificates) throws WSSecurityException {
        if (certificates == null || certificates.length == 0) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
        X509Certificate signer = certificates[0];
        try {
            signer.checkValidity();
        } catch (CertificateException e) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
        return owners.owner(Certificates.fingerprint(signer))
                .orElseThrow(() -> new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION));
    }

    /** A bare key proves nobody's identity here: only registered certificates sign. */
    @Override
    public void verifyTrust(PublicKey publicKey) throws WSSecurityException {
        throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
    }
}
