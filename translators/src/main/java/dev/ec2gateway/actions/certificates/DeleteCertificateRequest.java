package dev.ec2gateway.actions.certificates;

/** DeleteCertificate takes nothing: it removes the caller's own certificates. */
public record DeleteCertificateRequest() {
}
