package dev.ec2gateway.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalUriTest {

    @Test
    void keepsTheGatewayPathsExactlyAsReceived() {
        assertEquals(List.of("/awsapi"), CanonicalUri.candidates("/awsapi"));
        assertEquals(List.of("/awsapi/"), CanonicalUri.candidates("/awsapi/"));
        assertEquals(List.of("/"), CanonicalUri.candidates("/"));
        assertEquals(List.of("/"), CanonicalUri.candidates(""));
    }

    @Test
    void triesTheNormalisedPathAfterTheRawOneOnlyWhenThereIsSomethingToNormalise() {
        assertEquals(List.of("//example//", "/example/"), CanonicalUri.candidates("//example//"));
        assertEquals(List.of("/example1/example2/../..", "/"), CanonicalUri.candidates("/example1/example2/../.."));
        assertEquals(List.of("/./example", "/example"), CanonicalUri.candidates("/./example"));
        assertFalse(CanonicalUri.needsNormalising("/awsapi/.well-known/x..y"));
        assertTrue(CanonicalUri.needsNormalising("/awsapi/."));
    }

    @Test
    void normalisesAsRfc3986RemovesDotSegmentsAndEmptySegments() {
        assertEquals("/", CanonicalUri.normalise("//"));
        assertEquals("/", CanonicalUri.normalise("/./"));
        assertEquals("/", CanonicalUri.normalise("/example/.."));
        assertEquals("/", CanonicalUri.normalise("/../.."));
        assertEquals("/a/c", CanonicalUri.normalise("/a/b/../c"));
        assertEquals("/a/", CanonicalUri.normalise("/a/b/.."));
        assertEquals("/awsapi/", CanonicalUri.normalise("/awsapi//"));
    }

    @Test
    void encodesWhatIsNotYetEncodedAndAlsoTriesEncodingEscapesAgain() {
        assertEquals(List.of("/example%20space/"), CanonicalUri.candidates("/example space/"));
        assertEquals(List.of("/%E1%88%B4"), CanonicalUri.candidates("/\u1234"));
        assertEquals(List.of("/%E1%88%B4", "/%25E1%2588%25B4"), CanonicalUri.candidates("/%E1%88%B4"));
    }
}
