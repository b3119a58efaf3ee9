package dev.ec2gateway.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** The authenticator end to end: SigV4 requests of the real clients, the errors, self-signed registration. */
class AuthenticatorTest {
    static final Account ACCOUNT = new Account(ClientRequests.ACCESS_KEY, ClientRequests.SECRET_KEY, null);
    private static final Instant SIGNED_AT = Instant.parse(ClientRequests.TIME);

    static Authenticator authenticatorAt(Instant now) {
        return new Authenticator(key -> key.equals(ACCOUNT.accessKey()) ? Optional.of(ACCOUNT) : Optional.empty(),
                Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(15));
    }

    static Ec2Exception rejection(Authenticator authenticator, String rawRequest) {
        return assertThrows(Ec2Exception.class, () -> authenticator.authenticate(RawHttp.parse(rawRequest)));
    }

    static {
        // Without a logback-test.xml the SDK's signer would log every canonical request at DEBUG.
        ((Logger) LoggerFactory.getLogger("software.amazon.awssdk")).setLevel(Level.INFO);
    }

    private final Authenticator authenticator = authenticatorAt(SIGNED_AT);

    @Test
    void acceptsBoto3AndBothBotocoreSigners() {
        assertEquals(ACCOUNT, authenticator.authenticate(RawHttp.parse(ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS)));
        assertEquals(ACCOUNT, authenticator.authenticate(RawHttp.parse(ClientRequests.BOTOCORE_SIGV4AUTH_DESCRIBE_KEY_PAIRS)));
        assertEquals(ACCOUNT, authenticator.authenticate(RawHttp.parse(ClientRequests.BOTOCORE_CRT_DESCRIBE_KEY_PAIRS)));
    }

    @Test
    void acceptsABoto3BodyWithReservedAndNonAsciiCharacters() {
        assertEquals(ACCOUNT, authenticator.authenticate(RawHttp.parse(ClientRequests.BOTO3_CREATE_SECURITY_GROUP)));
    }

    @Test
    void acceptsBoto2WithItsHostDerivedScopeAndCommasWithoutSpaces() {
        assertEquals(ACCOUNT, authenticator.authenticate(RawHttp.parse(ClientRequests.BOTO2_DESCRIBE_KEY_PAIRS)));
        assertEquals(ACCOUNT, authenticator.authenticate(RawHttp.parse(ClientRequests.BOTO2_REBOOT_INSTANCES)));
    }

    @Test
    void acceptsTheAwsCli() {
        Authenticator atCliTime = authenticatorAt(Instant.parse(ClientRequests.AWS_CLI_V1_TIME));
        assertEquals(ACCOUNT, atCliTime.authenticate(RawHttp.parse(ClientRequests.AWS_CLI_V1_DESCRIBE_KEY_PAIRS)));
    }

    @Test
    void acceptsAPresignedBotocoreGetUntilItsExpiresRunsOut() {
        String presigned = ClientRequests.BOTOCORE_PRESIGNED_DESCRIBE_KEY_PAIRS;
        assertEquals(ACCOUNT, authenticatorAt(SIGNED_AT.plusSeconds(300)).authenticate(RawHttp.parse(presigned)));
        Ec2Exception error = rejection(authenticatorAt(SIGNED_AT.plusSeconds(301)), presigned);
        assertEquals(Ec2Error.REQUEST_EXPIRED, error.error());
    }

    @Test
    void takesEitherSeparatorBetweenTheAuthorizationParts() {
        String spaced = ClientRequests.BOTO2_DESCRIBE_KEY_PAIRS.replace(",SignedHeaders", ", SignedHeaders")
                .replace(",Signature", ", Signature");
        String tight = ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS.replace(", ", ",");
        assertTrue(spaced.contains(", Signature=") && tight.contains(",Signature="));
        assertEquals(ACCOUNT, authenticator.authenticate(RawHttp.parse(spaced)));
        assertEquals(ACCOUNT, authenticator.authenticate(RawHttp.parse(tight)));
    }

    @Test
    void acceptsTheJavaSdkSigningItsSevenHeadersForThePathSlash() {
        SignedRequest request = signedByJavaSdk(ClientRequests.SECRET_KEY);
        assertEquals("/", request.rawPath());
        assertEquals("amz-sdk-invocation-id;amz-sdk-request;content-length;content-type;host;x-amz-content-sha256;x-amz-date",
                String.join(";", ((SigV4Claim) SignatureClaims.read(request)).signedHeaders()));
        assertEquals(ACCOUNT, authenticator.authenticate(request));
    }

    @Test
    void rejectsAJavaSdkRequestSignedWithAnotherSecret() {
        Ec2Exception error = assertThrows(Ec2Exception.class,
                () -> authenticator.authenticate(signedByJavaSdk("another-secret")));
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH, error.error());
    }

    @Test
    void rejectsASignatureMadeWithAnotherSecret() {
        Authenticator withOtherSecret = new Authenticator(
                key -> Optional.of(new Account(key, ClientRequests.SECRET_KEY + "x", null)),
                Clock.fixed(SIGNED_AT, ZoneOffset.UTC), Duration.ofMinutes(15));
        Ec2Exception error = rejection(withOtherSecret, ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS);
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH, error.error());
        assertEquals(403, error.httpStatus());
    }

    @Test
    void rejectsATamperedBody() {
        String tampered = ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS.replace("KeyName.1=kp1", "KeyName.1=kp2");
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH, rejection(authenticator, tampered).error());
    }

    @Test
    void rejectsATamperedSignedHeaderButNotAnUnsignedOne() {
        String signedChanged = ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS.replace("charset=utf-8", "charset=latin1");
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH, rejection(authenticator, signedChanged).error());
        String unsignedChanged = ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS.replace("attempt=1", "attempt=2");
        assertEquals(ACCOUNT, authenticator.authenticate(RawHttp.parse(unsignedChanged)));
    }

    @Test
    void rejectsAScopeDatedAnotherDayThanTheRequest() {
        String otherDay = ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS.replace("/20261124/", "/20261123/");
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH, rejection(authenticator, otherDay).error());
    }

    @Test
    void rejectsAnUnknownAccessKeyWithAuthFailure() {
        String unknown = ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS.replace("AKIDGATEWAYEXAMPLE01", "AKIDUNKNOWN");
        Ec2Exception error = rejection(authenticator, unknown);
        assertEquals(Ec2Error.AUTH_FAILURE, error.error());
        assertEquals("AWS was not able to validate the provided access credentials", error.getMessage());
    }

    @Test
    void rejectsARequestSignedSixteenMinutesAgoSayingBothTimes() {
        Ec2Exception error = rejection(authenticatorAt(SIGNED_AT.plus(Duration.ofMinutes(16))),
                ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS);
        assertEquals(Ec2Error.REQUEST_EXPIRED, error.error());
        assertTrue(error.getMessage().contains("2026-11-24T03:51:45Z"), error.getMessage());
        assertTrue(error.getMessage().contains("2026-11-24T04:07:45Z"), error.getMessage());
    }

    @Test
    void rejectsARequestFromSixteenMinutesInTheFuture() {
        Ec2Exception error = rejection(authenticatorAt(SIGNED_AT.minus(Duration.ofMinutes(16))),
                ClientRequests.BOTO2_DESCRIBE_KEY_PAIRS);
        assertEquals(Ec2Error.REQUEST_EXPIRED, error.error());
    }

    @Test
    void acceptsARequestFifteenMinutesOffEitherWay() {
        Duration skew = Duration.ofMinutes(15);
        assertEquals(ACCOUNT, authenticatorAt(SIGNED_AT.plus(skew)).authenticate(RawHttp.parse(ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS)));
        assertEquals(ACCOUNT, authenticatorAt(SIGNED_AT.minus(skew)).authenticate(RawHttp.parse(ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS)));
    }

    @Test
    void usesTheDateHeaderWhenThereIsNoXAmzDate() {
        String withDateHeader = ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS.replace("X-Amz-Date: 20261124T035145Z",
                "Date: Tue, 24 Nov 2026 03:51:45 GMT");
        // The client signed x-amz-date, which is now missing: the date is read, the signature no longer matches.
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH, rejection(authenticator, withDateHeader).error());
        assertEquals(Ec2Error.REQUEST_EXPIRED,
                rejection(authenticatorAt(SIGNED_AT.plus(Duration.ofHours(1))), withDateHeader).error());
    }

    @Test
    void asksForAnAccessKeyWhenTheRequestIsNotSignedAtAll() {
        SignedRequest unsigned = RawHttp.parse("POST /awsapi HTTP/1.1\nHost: 127.0.0.1:7080\n"
                + "Content-Type: application/x-www-form-urlencoded\n\nAction=DescribeKeyPairs&Version=2016-11-15");
        Ec2Exception error = assertThrows(Ec2Exception.class, () -> authenticator.authenticate(unsigned));
        assertEquals(Ec2Error.MISSING_PARAMETER, error.error());
        assertTrue(error.getMessage().contains("AWSAccessKeyId"), error.getMessage());
    }

    @Test
    void neverPutsTheSecretOrTheSignatureInAnErrorMessage() {
        List<Ec2Exception> errors = List.of(
                rejection(authenticator, ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS.replace("kp1", "kp2")),
                rejection(authenticatorAt(SIGNED_AT.plus(Duration.ofHours(1))), ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS),
                rejection(authenticator, ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS.replace("Credential=", "Credentials=")),
                rejection(authenticator, "POST /awsapi HTTP/1.1\nHost: h\nAuthorization: 7ef7ad499f91c76b255bed9a49031af2e\n\n"));
        for (Ec2Exception error : errors) {
            assertFalse(error.getMessage().contains("7ef7ad499f91"), error.getMessage());
            assertFalse(error.getMessage().contains(ClientRequests.SECRET_KEY), error.getMessage());
        }
    }

    @Test
    void checksASelfSignedRegistrationAgainstTheClaimedKeysWithoutALookup() {
        Authenticator noLookup = new Authenticator(key -> {
            throw new AssertionError("a self-signed request must not be looked up");
        }, Clock.fixed(SIGNED_AT, ZoneOffset.UTC), Duration.ofMinutes(15));
        Account claimed = new Account(ClientRequests.ACCESS_KEY, ClientRequests.SECRET_KEY,
                new CloudStackCredentials("cs-api-key", "cs-secret"));
        SignedRequest request = RawHttp.parse(ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS);
        assertEquals(claimed, noLookup.authenticateSelfSigned(request, claimed));

        Account otherSecret = new Account(ClientRequests.ACCESS_KEY, "not-the-secret", claimed.cloudStack());
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH,
                assertThrows(Ec2Exception.class, () -> noLookup.authenticateSelfSigned(request, otherSecret)).error());
        Account otherKey = new Account("AKIDSOMEONEELSE", ClientRequests.SECRET_KEY, claimed.cloudStack());
        assertEquals(Ec2Error.AUTH_FAILURE,
                assertThrows(Ec2Exception.class, () -> noLookup.authenticateSelfSigned(request, otherKey)).error());
    }

    @Test
    void checksTheTimeOfASelfSignedRegistrationToo() {
        Account claimed = new Account(ClientRequests.ACCESS_KEY, ClientRequests.SECRET_KEY, null);
        Ec2Exception error = assertThrows(Ec2Exception.class, () -> authenticatorAt(SIGNED_AT.plus(Duration.ofHours(2)))
                .authenticateSelfSigned(RawHttp.parse(ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS), claimed));
        assertEquals(Ec2Error.REQUEST_EXPIRED, error.error());
    }

    @Test
    void tellsTheAccessKeyOfEachKindOfRequestForTheLog() {
        Function<String, Optional<String>> keyOf = raw -> Authenticator.accessKeyOf(RawHttp.parse(raw));
        Optional<String> expected = Optional.of(ClientRequests.ACCESS_KEY);
        assertEquals(expected, keyOf.apply(ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS));
        assertEquals(expected, keyOf.apply(ClientRequests.BOTOCORE_PRESIGNED_DESCRIBE_KEY_PAIRS));
        assertEquals(expected, keyOf.apply(ClientRequests.BOTO2_SIGV2_DESCRIBE_KEY_PAIRS));
        assertEquals(expected, keyOf.apply(ClientRequests.BOTO2_SIGV2_DESCRIBE_KEY_PAIRS.replace("SignatureMethod=", "X=")));
        assertEquals(Optional.empty(), keyOf.apply("GET /awsapi?Action=DescribeRegions HTTP/1.1\nHost: h\n\n"));
        assertEquals(Optional.empty(), keyOf.apply("GET /awsapi HTTP/1.1\nHost: h\nAuthorization: garbage\n\n"));
    }

    /** Signs a DescribeKeyPairs POST live with the AWS SDK for Java v2's own signer, as its Ec2Client does. */
    private static SignedRequest signedByJavaSdk(String secretKey) {
        String body = "Action=DescribeKeyPairs&Version=2016-11-15&KeyName.1=kp1";
        SdkHttpRequest unsigned = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(URI.create("http://127.0.0.1:7080/"))
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .putHeader("amz-sdk-invocation-id", "0b6d4a2e-8a40-4c38-9c1e-3f1e1c4d2a7b")
                .putHeader("amz-sdk-request", "attempt=1; max=4")
                .putHeader("Content-Length", String.valueOf(body.length()))
                .build();
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(ClientRequests.ACCESS_KEY, secretKey))
                .request(unsigned)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "ec2")
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(SIGNED_AT, ZoneOffset.UTC)))
                .request();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        signed.headers().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
        return RawHttp.request(signed.method().name(), signed.encodedPath(), "", headers,
                body.getBytes(StandardCharsets.UTF_8));
    }
}
