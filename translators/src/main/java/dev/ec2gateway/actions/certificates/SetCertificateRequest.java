package dev.ec2gateway.actions.certificates;

import dev.ec2gateway.ec2.Param;
import dev.ec2gateway.ec2.Required;

/** The old bridge's SetCertificate call: the caller's X.509 certificate in PEM, named as it named it. */
public record SetCertificateRequest(@Required @Param("cert") String cert) {
}
