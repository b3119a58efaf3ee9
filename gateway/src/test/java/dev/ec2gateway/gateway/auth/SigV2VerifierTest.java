package dev.ec2gateway.gateway.auth;

import static dev.ec2gateway.gateway.auth.AuthenticatorTest.ACCOUNT;
import static dev.ec2gateway.gateway.auth.AuthenticatorTest.authenticatorAt;
import static dev.ec2gateway.gateway.auth.AuthenticatorTest.rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SigV2 as botocore and boto 2 send it, by GET and POST, HmacSHA256 and HmacSHA1, Timestamp and Expires. */
class SigV2VerifierTest {
    private static final Instant SIGNED_AT = Instant.parse(ClientRequests.TIME);
    private final Authenticator authenticator = authenticatorAt(SIGNED_AT);

    @Test
    void acceptsBotocoreSigningTheHostWithItsPort() {
        assertAccepted(ClientRequests.BOTOCORE_SIGV2_DESCRIBE_KEY_PAIRS);
    }

    @Test
    void acceptsBoto2SigningTheHostWithoutAPortByPostAndByGet() {
        assertAccepted(ClientRequests.BOTO2_SIGV2_DESCRIBE_KEY_PAIRS);
        assertAccepted(ClientRequests.BOTO2_SIGV2_REBOOT_INSTANCES);
    }

    @Test
    void acceptsHmacSha1() {
        assertAccepted(ClientRequests.BOTO2_SIGV2_SHA1_DESCRIBE_KEY_PAIRS);
        assertAccepted(ClientRequests.BOTO2_SIGV2_SHA1_REBOOT_INSTANCES);
    }

    @Test
    void encodesReservedAndNonAsciiCharactersAsBothClientsDoWhetherSpacesCameAsPlusOrPercent20() {
        assertAccepted(ClientRequests.BOTOCORE_SIGV2_CREATE_SECURITY_GROUP);
        assertAccepted(ClientRequests.BOTO2_SIGV2_CREATE_SECURITY_GROUP);
    }

    @Test
    void acceptsExpiresUntilThatTimeWhateverTheSkew() {
        String expires = ClientRequests.SIGV2_EXPIRES_DESCRIBE_KEY_PAIRS;
        assertEquals(ACCOUNT, authenticatorAt(Instant.parse("2026-11-24T04:00:00Z")).authenticate(RawHttp.parse(expires)));
        Ec2Exception error = rejection(authenticatorAt(Instant.parse("2026-11-24T04:00:01Z")), expires);
        assertEquals(Ec2Error.REQUEST_EXPIRED, error.error());
        assertTrue(error.getMessage().contains("2026-11-24T04:00:00Z"), error.getMessage());
    }

    @Test
    void rejectsATimestampSixteenMinutesOld() {
        Ec2Exception error = rejection(authenticatorAt(SIGNED_AT.plus(Duration.ofMinutes(16))),
                ClientRequests.BOTO2_SIGV2_DESCRIBE_KEY_PAIRS);
        assertEquals(Ec2Error.REQUEST_EXPIRED, error.error());
    }

    @Test
    void readsTimestampsWithMillisecondsOrAnOffset() {
        SignedRequest plain = RawHttp.parse(ClientRequests.BOTO2_SIGV2_DESCRIBE_KEY_PAIRS);
        for (String timestamp : new String[] {"2026-11-24T03:51:45.123Z", "2026-11-24T04:51:45+01:00", "2026-11-24T03:51:45"}) {
            // The signature covers the Timestamp, so only the time check can pass; a mismatch proves the time was read.
            SignedRequest changed = withParam(plain, "Timestamp", timestamp);
            Ec2Exception error = assertThrows(Ec2Exception.class,
                    () -> authenticator.authenticate(changed));
            assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH, error.error(), timestamp);
        }
        Ec2Exception garbled = assertThrows(Ec2Exception.class,
                () -> authenticator.authenticate(withParam(plain, "Timestamp", "yesterday")));
        assertEquals(Ec2Error.INVALID_PARAMETER_VALUE, garbled.error());
    }

    @Test
    void rejectsATamperedParameterAnotherHostOrAnotherSecret() {
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH,
                rejection(authenticator, ClientRequests.BOTO2_SIGV2_DESCRIBE_KEY_PAIRS.replace("kp1", "kp2")).error());
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH, rejection(authenticator,
                ClientRequests.BOTO2_SIGV2_DESCRIBE_KEY_PAIRS.replace("Host: 127.0.0.1", "Host: 127.0.0.1:7080")).error());
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH,
                rejection(authenticator, ClientRequests.BOTO2_SIGV2_DESCRIBE_KEY_PAIRS.replace("POST /awsapi/", "POST /awsapi")).error());
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH,
                rejection(authenticator, ClientRequests.BOTO2_SIGV2_DESCRIBE_KEY_PAIRS.replace("Signature=KM9F", "Signature=KM9G")).error());
    }

    @Test
    void rejectsSignatureVersionsOtherThanTwo() {
        for (String version : new String[] {"0", "1", "3"}) {
            Ec2Exception error = rejection(authenticator,
                    ClientRequests.BOTO2_SIGV2_REBOOT_INSTANCES.replace("SignatureVersion=2", "SignatureVersion=" + version));
            assertEquals(Ec2Error.INVALID_PARAMETER_VALUE, error.error());
            assertTrue(error.getMessage().contains("2 and 4"), error.getMessage());
        }
    }

    @Test
    void namesTheMissingSigV2Parameter() {
        assertMissing("Signature", ClientRequests.BOTO2_SIGV2_REBOOT_INSTANCES.replaceAll("&Signature=[^ ]*", ""));
        assertMissing("SignatureMethod", ClientRequests.BOTO2_SIGV2_REBOOT_INSTANCES.replace("SignatureMethod=HmacSHA256&", ""));
        assertMissing("SignatureVersion", ClientRequests.BOTO2_SIGV2_REBOOT_INSTANCES.replace("SignatureVersion=2&", ""));
        assertMissing("Timestamp", ClientRequests.BOTO2_SIGV2_REBOOT_INSTANCES.replaceAll("Timestamp=[^&]*&", ""));
        assertMissing("AWSAccessKeyId", ClientRequests.BOTO2_SIGV2_REBOOT_INSTANCES.replace("AWSAccessKeyId=AKIDGATEWAYEXAMPLE01&", ""));
    }

    @Test
    void rejectsAnUnknownSignatureMethodAndTimestampWithExpires() {
        assertEquals(Ec2Error.INVALID_PARAMETER_VALUE, rejection(authenticator,
                ClientRequests.BOTO2_SIGV2_REBOOT_INSTANCES.replace("HmacSHA256", "HmacMD5")).error());
        assertEquals(Ec2Error.INVALID_PARAMETER_COMBINATION, rejection(authenticator,
                ClientRequests.BOTO2_SIGV2_REBOOT_INSTANCES.replace("Version=2014", "Expires=2026-11-24T04%3A00%3A00Z&Version=2014")).error());
    }

    @Test
    void rejectsAnUnknownAccessKeyWithAuthFailure() {
        assertEquals(Ec2Error.AUTH_FAILURE, rejection(authenticator,
                ClientRequests.BOTO2_SIGV2_REBOOT_INSTANCES.replace("AKIDGATEWAYEXAMPLE01", "AKIDNOBODY")).error());
    }

    @Test
    void sortsParametersByNameInByteOrderAndEncodesThemPerRfc3986() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("b", "x y~*");
        params.put("Signature", "left out");
        params.put("a", "\u00e9/+");
        params.put("B", "1");
        assertEquals("B=1&a=%C3%A9%2F%2B&b=x%20y~%2A", SigV2Verifier.canonicalQuery(params));
    }

    private void assertAccepted(String rawRequest) {
        assertEquals(ACCOUNT, authenticator.authenticate(RawHttp.parse(rawRequest)));
    }

    private void assertMissing(String parameter, String rawRequest) {
        Ec2Exception error = rejection(authenticator, rawRequest);
        assertEquals(Ec2Error.MISSING_PARAMETER, error.error(), rawRequest);
        assertTrue(error.getMessage().contains(parameter), error.getMessage());
    }

    private static SignedRequest withParam(SignedRequest request, String name, String value) {
        Map<String, String> params = new LinkedHashMap<>(request.params());
        params.put(name, value);
        return new SignedRequest(request.method(), request.rawPath(), request.rawQuery(), request.headers(),
                request.body(), params);
    }
}
