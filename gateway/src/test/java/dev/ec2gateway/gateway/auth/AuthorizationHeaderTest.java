package dev.ec2gateway.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;
import org.junit.jupiter.api.Test;

class AuthorizationHeaderTest {
    private static final String SIGNATURE = "7ef7ad499f91c76b255bed9a49031af2e3018439f401432def165a3e92bc9caf";

    @Test
    void readsThePartsWhetherSeparatedByCommaSpaceOrComma() {
        AuthorizationHeader expected = new AuthorizationHeader("AK/20261124/0/127/aws4_request", "host;x-amz-date", SIGNATURE);
        assertEquals(expected, AuthorizationHeader.parse("AWS4-HMAC-SHA256 Credential=AK/20261124/0/127/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=" + SIGNATURE));
        assertEquals(expected, AuthorizationHeader.parse("AWS4-HMAC-SHA256 Credential=AK/20261124/0/127/aws4_request,"
                + "SignedHeaders=host;x-amz-date,Signature=" + SIGNATURE));
        assertEquals(expected, AuthorizationHeader.parse("  AWS4-HMAC-SHA256   Signature=" + SIGNATURE
                + " ,  SignedHeaders=host;x-amz-date ,Credential=AK/20261124/0/127/aws4_request  "));
    }

    @Test
    void saysWhichPartIsMissing() {
        assertIncomplete("'Credential'", "AWS4-HMAC-SHA256 SignedHeaders=host, Signature=" + SIGNATURE);
        assertIncomplete("'SignedHeaders'", "AWS4-HMAC-SHA256 Credential=AK/20261124/r/s/aws4_request, Signature=" + SIGNATURE);
        assertIncomplete("'Signature'", "AWS4-HMAC-SHA256 Credential=AK/20261124/r/s/aws4_request, SignedHeaders=host");
        assertIncomplete("'Signature'", "AWS4-HMAC-SHA256 Credential=AK/20261124/r/s/aws4_request, SignedHeaders=host, Signature=");
        assertIncomplete("'Credential'", "AWS4-HMAC-SHA256");
    }

    @Test
    void rejectsPartsThatAreNotKeyValueOrComeTwice() {
        assertIncomplete("key=value", "AWS4-HMAC-SHA256 Credential=AK/20261124/r/s/aws4_request, garbage, Signature=x");
        assertIncomplete("more than once", "AWS4-HMAC-SHA256 Credential=A/20261124/r/s/aws4_request, Credential=B/20261124/r/s/aws4_request, "
                + "SignedHeaders=host, Signature=x");
    }

    @Test
    void rejectsOtherSchemesNamingThemOnlyWhenTheyAreHarmlessTokens() {
        assertIncomplete("'AWS4-HMAC-SHA512'", "AWS4-HMAC-SHA512 Credential=AK/20261124/r/s/aws4_request, SignedHeaders=host, Signature=x");
        assertIncomplete("'AWS'", "AWS AKIDEXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=");
        Ec2Exception garbage = assertThrows(Ec2Exception.class, () -> AuthorizationHeader.parse("frJIUN8DYpKDtOLCwo//yllqDzg="));
        assertEquals(Ec2Error.INCOMPLETE_SIGNATURE, garbage.error());
        assertFalse(garbage.getMessage().contains("frJIUN8"), garbage.getMessage());
    }

    private static void assertIncomplete(String expectedInMessage, String header) {
        Ec2Exception error = assertThrows(Ec2Exception.class, () -> AuthorizationHeader.parse(header));
        assertEquals(Ec2Error.INCOMPLETE_SIGNATURE, error.error());
        assertTrue(error.getMessage().contains(expectedInMessage), error.getMessage());
    }
}
