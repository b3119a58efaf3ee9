package dev.ec2gateway.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;
import org.junit.jupiter.api.Test;

class CredentialScopeTest {

    @Test
    void takesAnyRegionAndServiceAsSent() {
        CredentialScope boto2 = CredentialScope.parse("AKID/20261124/0/127/aws4_request");
        assertEquals(new CredentialScope("AKID", "20261124", "0", "127"), boto2);
        assertEquals("20261124/0/127/aws4_request", boto2.scope());
        assertEquals("20261124/localhost/localhost/aws4_request",
                CredentialScope.parse("AKID/20261124/localhost/localhost/aws4_request").scope());
    }

    @Test
    void rejectsMalformedScopesAsAnIncompleteSignature() {
        for (String credential : new String[] {
            "AKID", "AKID/20261124/us-east-1/ec2", "AKID/20261124/us-east-1/ec2/aws4_request/extra",
            "/20261124/us-east-1/ec2/aws4_request", "AKID/2026-11-24/us-east-1/ec2/aws4_request",
            "AKID/20261124//ec2/aws4_request", "AKID/20261124/us-east-1//aws4_request",
            "AKID/20261124/us-east-1/ec2/aws3_request", ""}) {
            Ec2Exception error = assertThrows(Ec2Exception.class, () -> CredentialScope.parse(credential), credential);
            assertEquals(Ec2Error.INCOMPLETE_SIGNATURE, error.error(), credential);
        }
    }
}
