package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ListsTest {

    private static CloudStackStandIn standIn;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        standIn = CloudStackStandIn.start(StandInSettings.defaults());
        client = new ApiClient(standIn.apiUrl());
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    private ApiClient.Reply offerings(String... params) {
        return client.call(standIn.user(), "listServiceOfferings", params);
    }

    @Test
    void requiresPageSizeWithPage() {
        ApiClient.Reply reply = offerings("page", "1");
        assertEquals(431, reply.status());
        assertEquals(Shapes.ERROR, Shapes.keys(reply.body()));
        assertEquals(9999, reply.body().get("cserrorcode").asInt());
        assertEquals("\"pagesize\" parameter is required when \"page\" is specified",
                reply.body().get("errortext").asText());
    }

    @Test
    void requiresPageWithPageSize() {
        ApiClient.Reply reply = offerings("pagesize", "1");
        assertEquals(431, reply.status());
        assertEquals("\"page\" parameter is required when \"pagesize\" is specified",
                reply.body().get("errortext").asText());
    }

    @Test
    void countsAllItemsWhileShowingOnePage() {
        ApiClient.Reply first = offerings("page", "1", "pagesize", "2");
        ApiClient.Reply third = offerings("page", "3", "pagesize", "2");
        assertEquals(List.of("count", "serviceoffering"), Shapes.keys(first.body()));
        assertEquals(5, first.body().get("count").asInt());
        assertEquals(2, first.body().get("serviceoffering").size());
        assertEquals(1, third.body().get("serviceoffering").size());
    }

    @Test
    void answersOnlyTheCountPastTheLastPageOrForPageSizeZero() {
        assertEquals("{\"count\":5}", offerings("page", "4", "pagesize", "2").body().toString());
        assertEquals("{\"count\":5}", offerings("page", "1", "pagesize", "0").body().toString());
    }

    @Test
    void answersAnEmptyObjectWhenNothingMatches() {
        ApiClient.Reply reply = offerings("name", "no such offering");
        assertEquals(200, reply.status());
        assertEquals("{}", reply.body().toString());
    }
}
