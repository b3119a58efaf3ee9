package dev.ec2gateway.gateway.auth;

import static dev.ec2gateway.gateway.auth.AuthenticatorTest.ACCOUNT;
import static dev.ec2gateway.gateway.auth.AuthenticatorTest.authenticatorAt;
import static dev.ec2gateway.gateway.auth.AuthenticatorTest.rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ec2gateway.ec2.Ec2Error;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalRequestTest {
    private final Authenticator authenticator = authenticatorAt(Instant.parse(ClientRequests.TIME));

    @Test
    void trimsHeaderValuesAndCollapsesInnerWhiteSpace() {
        assertEquals("a b c", CanonicalRequest.trimAll("  a \t  b\n   c  "));
        SignedRequest request = new SignedRequest("GET", "/", "",
                Map.of("host", List.of(" h "), "my-header", List.of(" x  y ", "z")), new byte[0], Map.of());
        assertEquals("host:h\nmissing:\nmy-header:x y,z\n",
                CanonicalRequest.canonicalHeaders(List.of("host", "missing", "my-header"), request));
    }

    @Test
    void sortsTheQueryByEncodedNameThenValue() {
        List<QueryParam> params = List.of(new QueryParam("b", "2"), new QueryParam("a", "z y"),
                new QueryParam("a", "x"), new QueryParam("\u1234", ""), new QueryParam("B", "*"));
        assertEquals("%E1%88%B4=&B=%2A&a=x&a=z%20y&b=2", CanonicalRequest.canonicalQuery(params));
    }

    @Test
    void takesUnsignedPayloadForAPresignedRequestThatDeclaresIt() {
        assertEquals(ACCOUNT, authenticator.authenticate(RawHttp.parse(ClientRequests.BOTOCORE_PRESIGNED_UNSIGNED_PAYLOAD)));
    }

    @Test
    void hashesTheBodyWhenUnsignedPayloadIsNotDeclared() {
        String undeclared = ClientRequests.BOTOCORE_PRESIGNED_UNSIGNED_PAYLOAD.replace("x-amz-content-sha256: UNSIGNED-PAYLOAD\n", "");
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH, rejection(authenticator, undeclared).error());
    }

    @Test
    void neverLeavesAFormBodyUnsigned() {
        String withBody = ClientRequests.BOTOCORE_PRESIGNED_UNSIGNED_PAYLOAD.replace("GET /awsapi", "POST /awsapi")
                .replace("UNSIGNED-PAYLOAD\n\n", "UNSIGNED-PAYLOAD\nContent-Type: application/x-www-form-urlencoded\n\n"
                        + "InstanceId.1=i-1");
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH, rejection(authenticator, withBody).error());
        String sameMethodWithBody = ClientRequests.BOTOCORE_PRESIGNED_UNSIGNED_PAYLOAD + "RegionName.1=x";
        assertEquals(Ec2Error.SIGNATURE_DOES_NOT_MATCH, rejection(authenticator, sameMethodWithBody).error());
    }

    @Test
    void hashesTheBodyOfAHeaderSignedRequestWhateverItDeclares() {
        String declared = ClientRequests.BOTO2_REBOOT_INSTANCES.replace("Content-Length: 0", "x-amz-content-sha256: UNSIGNED-PAYLOAD");
        // Still accepted: the body is empty and hashed as such, whatever the header says.
        assertEquals(ACCOUNT, authenticator.authenticate(RawHttp.parse(declared)));
    }
}
