package dev.ec2gateway.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;
import dev.ec2gateway.gateway.auth.AwsSigV4TestSuite.Vector;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** AWS's own SigV4 test suite: every case verifies, with the canonical request AWS expects, and any change breaks it. */
class SigV4VerifierTest {
    private static final Account ACCOUNT = new Account(AwsSigV4TestSuite.ACCESS_KEY, AwsSigV4TestSuite.SECRET_KEY, null);
    private static final Authenticator AUTHENTICATOR = new Authenticator(
            key -> key.equals(ACCOUNT.accessKey()) ? Optional.of(ACCOUNT) : Optional.empty(),
            Clock.fixed(Instant.parse(AwsSigV4TestSuite.TIME), ZoneOffset.UTC), Duration.ofMinutes(15));

    /**
     * In post-sts-header-after the signer leaves X-Amz-Security-Token out of the canonical query and
     * appends it afterwards, which only AWS IoT accepts; the gateway has no session tokens.
     */
    private static final Set<String> PRESIGNED_FORM_NOT_APPLICABLE = Set.of("post-sts-header-after");

    static Stream<Vector> vectors() {
        return AwsSigV4TestSuite.VECTORS.stream();
    }

    static Stream<Vector> presignedVectors() {
        return vectors().filter(vector -> !PRESIGNED_FORM_NOT_APPLICABLE.contains(vector.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void acceptsEveryRequestSignedInTheAuthorizationHeader(Vector vector) {
        assertEquals(ACCOUNT, AUTHENTICATOR.authenticate(RawHttp.parse(vector.headerSigned())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presignedVectors")
    void acceptsEveryRequestPresignedInTheQueryString(Vector vector) {
        assertEquals(ACCOUNT, AUTHENTICATOR.authenticate(RawHttp.parse(vector.querySigned())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void buildsTheCanonicalRequestAndStringToSignAwsExpectsForTheHeaderForm(Vector vector) {
        assertBuildsExpectedSteps(RawHttp.parse(vector.headerSigned()), vector.headerCanonicalRequest(),
                vector.headerStringToSign());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presignedVectors")
    void buildsTheCanonicalRequestAndStringToSignAwsExpectsForThePresignedForm(Vector vector) {
        assertBuildsExpectedSteps(RawHttp.parse(vector.querySigned()), vector.queryCanonicalRequest(),
                vector.queryStringToSign());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void rejectsEachVectorOnceItsSignatureChanges(Vector vector) {
        assertMismatch(withLastSignatureDigitChanged(vector.headerSigned()));
        assertMismatch(withLastSignatureDigitChanged(vector.querySigned()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void rejectsEachVectorOnceItsMethodOrBodyChanges(Vector vector) {
        for (String text : List.of(vector.headerSigned(), vector.querySigned())) {
            SignedRequest signed = RawHttp.parse(text);
            assertMismatch(copy(signed, signed.method().equals("GET") ? "POST" : "GET", signed.rawPath(), signed.body()));
            byte[] longer = (new String(signed.body(), StandardCharsets.UTF_8) + "&x=1").getBytes(StandardCharsets.UTF_8);
            assertMismatch(copy(signed, signed.method(), signed.rawPath(), longer));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void rejectsEachVectorSentToAnotherPath(Vector vector) {
        SignedRequest signed = RawHttp.parse(vector.headerSigned());
        assertMismatch(copy(signed, signed.method(), "/awsapi", signed.body()));
    }

    private static void assertBuildsExpectedSteps(SignedRequest request, String canonicalRequest, String stringToSign) {
        SigV4Claim claim = (SigV4Claim) SignatureClaims.read(request);
        List<CanonicalRequest> candidates = CanonicalRequest.candidates(claim, request);
        CanonicalRequest expected = candidates.stream()
                .filter(candidate -> candidate.text().equals(canonicalRequest))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no candidate is\n" + canonicalRequest + "\ncandidates:\n"
                        + candidates.stream().map(CanonicalRequest::text).toList()));
        assertEquals(stringToSign, SigV4Verifier.stringToSign(claim, expected));
    }

    private static void assertMismatch(SignedRequest request) {
        Ec2Exception error = assertThrows(Ec2Exception.class, () -> AUTHENTICATOR.authenticate(request));
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH, error.error());
    }

    private static SignedRequest withLastSignatureDigitChanged(String text) {
        int at = text.indexOf("Signature=") + "Signature=".length() + 63;
        char changed = text.charAt(at) == '0' ? '1' : '0';
        assertTrue(Character.digit(text.charAt(at), 16) >= 0, "the vector has a 64-digit signature");
        return RawHttp.parse(text.substring(0, at) + changed + text.substring(at + 1));
    }

    private static SignedRequest copy(SignedRequest request, String method, String rawPath, byte[] body) {
        return new SignedRequest(method, rawPath, request.rawQuery(), request.headers(), body, Map.copyOf(request.params()));
    }
}
