package dev.ec2gateway.actions.certificates;

import dev.ec2gateway.ec2.Element;

/** SetCertificate's answer. */
public record SetCertificateResult(@Element("return") Boolean succeeded) {
}
