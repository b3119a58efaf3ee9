package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DispatcherTest {

    private static final String AUTH_FAILURE_BODY = "{\"listzonesresponse\":{\"uuidList\":[],\"errorcode\":401,"
            + "\"errortext\":\"unable to verify user credentials and/or request signature\"}}";
    private static final DateTimeFormatter EXPIRES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);

    private CloudStackStandIn standIn;
    private ApiClient client;

    @BeforeEach
    void start() {
        standIn = CloudStackStandIn.start(StandInSettings.defaults());
        client = new ApiClient(standIn.apiUrl());
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void acceptsACorrectlySignedCall() {
        ApiClient.Reply reply = client.call(standIn.user(), "listZones");
        assertEquals(200, reply.status());
        assertEquals("listzonesresponse", reply.key());
        assertEquals(2, reply.body().get("count").asInt());
    }

    @Test
    void acceptsASignedFormPost() {
        Map<String, String> params = ApiClient.params("listZones");
        params.put("apiKey", standIn.user().apiKey());
        params.put("signature", TestSigner.signature(params, standIn.user().secretKey()));
        assertEquals(200, client.post(params).status());
    }

    @Test
    void rejectsASignatureMadeWithAnotherSecret() {
        ApiClient.Reply reply = client.callSigned(standIn.user().apiKey(), standIn.otherUser().secretKey(),
                "listZones");
        assertEquals(401, reply.status());
        assertEquals(AUTH_FAILURE_BODY, reply.raw());
    }

    @Test
    void rejectsAnUnknownApiKeyWithTheSameBody() {
        ApiClient.Reply reply = client.callSigned("no-such-key", standIn.user().secretKey(), "listZones");
        assertEquals(401, reply.status());
        assertEquals(AUTH_FAILURE_BODY, reply.raw());
    }

    @Test
    void rejectsACallWithoutSignatureOrWithoutApiKey() {
        Map<String, String> unsigned = ApiClient.params("listZones");
        unsigned.put("apiKey", standIn.user().apiKey());
        assertEquals(AUTH_FAILURE_BODY, client.send(unsigned).raw());
        assertEquals(AUTH_FAILURE_BODY, client.send(ApiClient.params("listZones")).raw());
    }

    @Test
    void rejectsADisabledUserAndAUserOfADisabledAccount() {
        StandInUser user = standIn.createUser("ec2tmp");
        standIn.setUserEnabled(user.userId(), false);
        ApiClient.Reply disabledUser = client.call(user, "listZones");
        standIn.setUserEnabled(user.userId(), true);
        standIn.setAccountEnabled("ec2tmp", false);
        ApiClient.Reply disabledAccount = client.call(user, "listZones");
        standIn.setAccountEnabled("ec2tmp", true);

        assertEquals(AUTH_FAILURE_BODY, disabledUser.raw());
        assertEquals(401, disabledUser.status());
        assertEquals(AUTH_FAILURE_BODY, disabledAccount.raw());
        assertEquals(200, client.call(user, "listZones").status());
    }

    @Test
    void acceptsSignatureVersion3UntilItExpires() {
        String future = EXPIRES.format(Instant.now().plusSeconds(300));
        String past = EXPIRES.format(Instant.now().minusSeconds(300));
        assertEquals(200, client.call(standIn.user(), "listZones", "signatureversion", "3", "expires", future)
                .status());
        ApiClient.Reply expired = client.call(standIn.user(), "listZones", "signatureversion", "3",
                "expires", past);
        assertEquals(AUTH_FAILURE_BODY, expired.raw());
    }

    @Test
    void answersAnUnknownCommandWith401UnderErrorResponse() {
        ApiClient.Reply reply = client.call(standIn.user(), "describeInstances");
        assertEquals(401, reply.status());
        assertEquals("errorresponse", reply.key());
        assertEquals(Shapes.AUTH_ERROR, Shapes.keys(reply.body()));
        assertEquals(Shapes.AUTH_TEXT, reply.body().get("errortext").asText());
    }

    @Test
    void answersAnAdminCommandCalledByAUserWith432() {
        StandInUser user = standIn.user();
        for (String command : new String[] {"listHosts", "getUser"}) {
            ApiClient.Reply reply = client.call(user, command, "userapikey", "x");
            assertEquals(432, reply.status());
            assertEquals("errorresponse", reply.key());
            assertEquals(Shapes.ERROR, Shapes.keys(reply.body()));
            assertEquals(9999, reply.body().get("cserrorcode").asInt());
            assertEquals("The API [" + command + "] does not exist or is not available for the account for user id ["
                    + user.userId() + "].", reply.body().get("errortext").asText());
        }
    }

    @Test
    void servesJsonWithCloudStacksContentType() throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(standIn.apiUrl().resolve("api?command=listZones&response=json"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals("application/json;charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().startsWith("{\"listzonesresponse\""));
    }

    @Test
    void refusesAnswerFormatsOtherThanJson() throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(standIn.apiUrl().resolve("api?command=listZones&response=xml"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
    }
}
