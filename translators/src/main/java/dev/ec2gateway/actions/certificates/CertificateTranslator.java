package dev.ec2gateway.actions.certificates;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.ec2.Ec2Error;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/**
 * SetCertificate / DeleteCertificate, the old bridge's own actions: a caller authenticated by its Query
 * signature registers (or removes) the certificate its SOAP tools sign with, for its own access key only.
 */
public final class CertificateTranslator {
    private final CertificateRegistry registry;

    public CertificateTranslator(CertificateRegistry registry) {
        this.registry = registry;
    }

    public SetCertificateResult setCertificate(SetCertificateRequest request, CallContext context) {
        X509Certificate certificate = parse(request.cert());
        try {
            registry.register(context.accessKey(), certificate);
        } catch (IllegalArgumentException e) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("The certificate is registered to another user.");
        }
        return new SetCertificateResult(true);
    }

    public DeleteCertificateResult deleteCertificate(DeleteCertificateRequest request, CallContext context) {
        registry.removeAll(context.accessKey());
        return new DeleteCertificateResult(true);
    }

    private static X509Certificate parse(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | ClassCastException e) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("The cert parameter is not an X.509 certificate in PEM.");
        }
    }
}
