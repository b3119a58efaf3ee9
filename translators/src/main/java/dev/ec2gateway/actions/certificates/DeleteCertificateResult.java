package dev.ec2gateway.actions.certificates;

import dev.ec2gateway.ec2.Element;

/** DeleteCertificate's answer. */
public record DeleteCertificateResult(@Element("return") Boolean succeeded) {
}
