package dev.ec2gateway.cloudstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuerySignerTest {
    // CloudStack's developer guide ("How to sign an API call with Python") signs listUsers with these keys.
    static final String DOC_API_KEY =
            "plgWJfZK4gyS3mOMTVmjUVg-X-jlWlnfaUJ9GAbBbf9EdM-kAYMmAiLqzzq1ElZLYq_u38zCm0bewzGUdP66mg";
    static final String DOC_SECRET_KEY =
            "VDaACYb0LV9eNjTetIOElcVQkvJck_J_QljX_FcHRj87ZKiy0z0ty0ZsYBkoXkY9b7eq1EhwJaw7FF3akA3KBQ";
    static final String DOC_SIGNATURE = "TTpdDq/7j/J58XCRHomKoQXEQds=";

    // Computed outside Java from the signing rules, so the test does not echo this implementation.
    static final Command TAG_COMMAND = Command.of("createTags")
            .with("resourcetype", "UserVm")
            .with("resourceids", "ecd982af-7b65-4557-b7d4-3282a1aeed9b")
            .with("tags[0].key", "Name")
            .with("tags[0].value", "Web server 1+2 * /café ☃");
    static final CloudStackCredentials TAG_KEYS = new CloudStackCredentials("Key-With_Mixed.Case", "Secret+Key/With=Symbols");
    static final String TAG_QUERY = "apiKey=Key-With_Mixed.Case&command=createTags"
            + "&resourceids=ecd982af-7b65-4557-b7d4-3282a1aeed9b&resourcetype=UserVm&response=json"
            + "&tags%5B0%5D.key=Name&tags%5B0%5D.value=Web%20server%201%2B2%20*%20%2Fcaf%C3%A9%20%E2%98%83"
            + "&signature=9JZ5YueHgO4RrGcpQAnSunLzHXE%3D";

    @Test
    void signsTheDocumentedListUsersExampleToTheDocumentedSignature() {
        SignedRequest request = QuerySigner.sign(Command.of("listUsers"), new CloudStackCredentials(DOC_API_KEY, DOC_SECRET_KEY));

        assertEquals("apiKey=" + DOC_API_KEY + "&command=listUsers&response=json&signature="
                + QuerySigner.encode(DOC_SIGNATURE), request.query());
    }

    @Test
    void signsTheLowerCasedSortedStringWithEncodedSpacesPlusSlashAndUnicode() {
        SignedRequest request = QuerySigner.sign(TAG_COMMAND, TAG_KEYS);

        assertEquals(TAG_QUERY, request.query());
    }

    @Test
    void encodesSpacesAsPercent20AndKeepsTheStar() {
        assertEquals("a%20b%2Bc*%2Fd%3D", QuerySigner.encode("a b+c*/d="));
    }

    @Test
    void refusesParametersTheClientSetsItself() {
        assertThrows(IllegalArgumentException.class,
                () -> QuerySigner.sign(Command.of("listZones").with("apikey", "other"), TAG_KEYS));
        assertThrows(IllegalArgumentException.class,
                () -> QuerySigner.sign(Command.of("listZones").with("signature", "x"), TAG_KEYS));
    }

    @Test
    void refusesCredentialsWithoutASecret() {
        assertThrows(IllegalArgumentException.class,
                () -> QuerySigner.sign(Command.of("listZones"), new CloudStackCredentials("key", "")));
    }

    @Test
    void keepsTheSignatureOutOfToString() {
        SignedRequest request = QuerySigner.sign(Command.of("listUsers"), new CloudStackCredentials(DOC_API_KEY, DOC_SECRET_KEY));

        assertFalse(request.toString().contains("signature"));
        assertFalse(request.toString().contains(QuerySigner.encode(DOC_SIGNATURE)));
    }
}
