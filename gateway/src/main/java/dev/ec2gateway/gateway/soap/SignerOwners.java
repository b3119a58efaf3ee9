package dev.ec2gateway.gateway.soap;

import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.cxf.message.Message;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.validate.SignatureTrustValidator;

/**
 * WSS4J's check of each signature's certificate, made by {@link CertificateTrust}, which also keeps the
 * owner it found with the message being verified: the endpoint names its caller from there instead of
 * looking the certificate up in the store a second time. A certificate nobody has registered is refused
 * here, during WS-Security's verification, as before.
 */
final class SignerOwners extends SignatureTrustValidator {
    /** The message's map of each verified signing certificate to its owner's access key. */
    private static final String OWNERS = SignerOwners.class.getName();

    private final CertificateTrust trust;

    SignerOwners(CertificateTrust trust) {
        this.trust = trust;
    }

    @Override
    protected void verifyTrustInCerts(X509Certificate[] certificates, Crypto crypto, RequestData data,
                                      boolean enableRevocation) throws WSSecurityException {
        String owner = trust.owner(certificates);
        if (!(data.getMsgContext() instanceof Message message)) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILURE);
        }
        @SuppressWarnings("unchecked")
        Map<X509Certificate, String> owners = (Map<X509Certificate, String>) message.computeIfAbsent(OWNERS,
                key -> new HashMap<X509Certificate, String>());
        owners.put(certificates[0], owner);
    }

    /** The access key found for this certificate while the message's signatures were verified. */
    static Optional<String> ownerOf(Map<String, Object> message, X509Certificate certificate) {
        return message.get(OWNERS) instanceof Map<?, ?> owners && owners.get(certificate) instanceof String owner
                ? Optional.of(owner) : Optional.empty();
    }
}
