package dev.ec2gateway.gateway.auth;

import static dev.ec2gateway.gateway.auth.AuthenticatorTest.authenticatorAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SignatureClaimsTest {
    private static final String NASTY = "%/ ,=;&+.\u00e9\u1234\u0000\t0zZ";

    @Test
    void prefersTheAuthorizationHeaderThenAPresignedQueryThenSigV2Parameters() {
        assertInstanceOf(SigV4Claim.class, read(ClientRequests.BOTO2_REBOOT_INSTANCES));
        SignatureClaim presigned = read(ClientRequests.BOTOCORE_PRESIGNED_DESCRIBE_KEY_PAIRS);
        assertEquals(true, ((SigV4Claim) presigned).presigned());
        assertInstanceOf(SigV2Claim.class, read(ClientRequests.BOTO2_SIGV2_REBOOT_INSTANCES));
        String both = ClientRequests.BOTO2_SIGV2_REBOOT_INSTANCES.replace("Host: 127.0.0.1",
                "Host: 127.0.0.1\nX-Amz-Date: 20261124T035145Z\nAuthorization: AWS4-HMAC-SHA256 Credential=AK/20261124/r/s/aws4_request, "
                        + "SignedHeaders=host, Signature=00");
        assertInstanceOf(SigV4Claim.class, read(both));
    }

    @Test
    void asksForTheMissingPresignedParameter() {
        Ec2Exception error = assertThrows(Ec2Exception.class, () -> read("GET /awsapi?Action=DescribeRegions"
                + "&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AK%2F20261124%2Fr%2Fs%2Faws4_request"
                + "&X-Amz-Date=20261124T035145Z&X-Amz-Signature=00 HTTP/1.1\nHost: h\n\n"));
        assertEquals(Ec2Error.INCOMPLETE_SIGNATURE, error.error());
        assertEquals("A presigned request requires the query parameter X-Amz-SignedHeaders.", error.getMessage());
    }

    @Test
    void rejectsAPresignedValidityBeyondAWeekOrNotANumber() {
        for (String expires : new String[] {"604801", "-1", "0", "soon", "99999999999"}) {
            String raw = ClientRequests.BOTOCORE_PRESIGNED_DESCRIBE_KEY_PAIRS.replace("X-Amz-Expires=300", "X-Amz-Expires=" + expires);
            Ec2Exception error = assertThrows(Ec2Exception.class, () -> read(raw), expires);
            assertEquals(Ec2Error.INVALID_PARAMETER_VALUE, error.error(), expires);
        }
    }

    @Test
    void requiresTheHostAmongTheSignedHeaders() {
        String raw = ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS.replace("SignedHeaders=content-type;host;x-amz-date",
                "SignedHeaders=content-type;x-amz-date");
        assertEquals(Ec2Error.INCOMPLETE_SIGNATURE, assertThrows(Ec2Exception.class, () -> read(raw)).error());
    }

    @Test
    void answersEveryMangledRequestWithAnEc2ErrorAndNeverAnythingElse() {
        Random random = new Random(20261124);
        Authenticator authenticator = authenticatorAt(Instant.parse(ClientRequests.TIME));
        List<String> fixtures = List.of(ClientRequests.BOTO3_DESCRIBE_KEY_PAIRS, ClientRequests.BOTO2_REBOOT_INSTANCES,
                ClientRequests.BOTOCORE_PRESIGNED_DESCRIBE_KEY_PAIRS, ClientRequests.BOTO2_SIGV2_REBOOT_INSTANCES,
                ClientRequests.BOTOCORE_SIGV2_DESCRIBE_KEY_PAIRS, ClientRequests.SIGV2_EXPIRES_DESCRIBE_KEY_PAIRS);
        for (String fixture : fixtures) {
            SignedRequest original = RawHttp.parse(fixture);
            for (int round = 0; round < 400; round++) {
                SignedRequest mangled = mangle(original, random);
                try {
                    authenticator.authenticate(mangled);
                } catch (Ec2Exception expected) {
                    // Any EC2 error is a proper answer.
                } catch (RuntimeException e) {
                    fail("not an EC2 error for " + mangled + " " + mangled.headers() + " " + mangled.params(), e);
                }
            }
        }
    }

    private static SignatureClaim read(String raw) {
        return SignatureClaims.read(RawHttp.parse(raw));
    }

    /** Damages one part of the request: a header, the path, the query or a parameter. */
    private static SignedRequest mangle(SignedRequest request, Random random) {
        UnaryOperator<String> damage = text -> damage(text, random);
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        Map<String, String> params = new LinkedHashMap<>(request.params());
        String rawPath = request.rawPath();
        String rawQuery = request.rawQuery();
        switch (random.nextInt(4)) {
            case 0 -> {
                List<String> names = new ArrayList<>(headers.keySet());
                String name = names.get(random.nextInt(names.size()));
                headers.put(name, List.of(damage.apply(headers.get(name).get(0))));
            }
            case 1 -> rawPath = damage.apply(rawPath);
            case 2 -> rawQuery = damage.apply(rawQuery);
            default -> {
                if (!params.isEmpty()) {
                    List<String> names = new ArrayList<>(params.keySet());
                    String name = names.get(random.nextInt(names.size()));
                    params.put(name, damage.apply(params.get(name)));
                }
            }
        }
        return new SignedRequest(request.method(), rawPath, rawQuery, headers, request.body(), params);
    }

    private static String damage(String text, Random random) {
        if (text.isEmpty() || random.nextInt(5) == 0) {
            return text.substring(0, text.isEmpty() ? 0 : random.nextInt(text.length()));
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = 0, changes = 1 + random.nextInt(3); i < changes; i++) {
            out.setCharAt(random.nextInt(out.length()), NASTY.charAt(random.nextInt(NASTY.length())));
        }
        return out.toString();
    }
}
