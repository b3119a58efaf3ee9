package dev.ec2gateway.cloudstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class JobWaiterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOB_ID = "3168a6ba-eeeb-4a2c-bc65-050196afbafc";
    private static final AsyncJob JOB = new AsyncJob("startVirtualMachine", JOB_ID, null);
    private static final CloudStackClientSettings SETTINGS = new CloudStackClientSettings(
            URI.create("http://127.0.0.1:1/client/api"), Duration.ofSeconds(1), Duration.ofSeconds(1), 4, 500,
            Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(10));

    private final FakeTicker ticker = new FakeTicker();
    private final JobWaiter waiter = new JobWaiter(SETTINGS, ticker);
    private final List<Command> queries = new ArrayList<>();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final JsonNode PENDING = json("""
            {"jobstatus": 0, "jobprocstatus": 0, "jobresultcode": 0, "jobinstancetype": "VirtualMachine",
             "managementserverid": 3281355014145, "created": "2026-11-24T05:33:18+0000", "jobid": "%s"}
            """.formatted(JOB_ID));

    private Function<Command, JsonNode> answering(JsonNode... answers) {
        Deque<JsonNode> left = new ArrayDeque<>(List.of(answers));
        return command -> {
            queries.add(command);
            return left.size() > 1 ? left.poll() : left.peek();
        };
    }

    @Test
    void pollsWithDoublingPausesUntilTheJobSucceeds() {
        JsonNode result = waiter.await(JOB, answering(PENDING, PENDING, PENDING, json("""
                {"jobstatus": 1, "jobresultcode": 0, "jobresulttype": "object",
                 "jobresult": {"virtualmachine": {"id": "ecd982af", "state": "Running"}}, "jobid": "%s"}
                """.formatted(JOB_ID))));

        assertEquals("Running", result.path("virtualmachine").path("state").asText());
        assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800)), ticker.sleeps);
        assertEquals(4, queries.size());
        assertEquals(Command.of("queryAsyncJobResult").with("jobid", JOB_ID), queries.get(0));
    }

    @Test
    void turnsAFailedJobIntoAnExceptionMarkedFromJob() {
        CloudStackException e = assertThrows(CloudStackException.class, () -> waiter.await(JOB, answering(json("""
                {"jobstatus": 2, "jobprocstatus": 0, "jobresultcode": 431, "jobresulttype": "object",
                 "jobresult": {"errorcode": 431, "errortext": "The virtual machine is already running"}, "jobid": "%s"}
                """.formatted(JOB_ID)))));

        assertEquals("startVirtualMachine", e.command());
        assertEquals(431, e.errorCode());
        assertEquals(0, e.csErrorCode());
        assertEquals("The virtual machine is already running", e.errorText());
        assertTrue(e.fromJob());
    }

    @Test
    void takesTheJobResultCodeWhenTheResultHasNoErrorCode() {
        CloudStackException e = assertThrows(CloudStackException.class, () -> waiter.await(JOB, answering(json("""
                {"jobstatus": 2, "jobresultcode": 530, "jobresult": {"errortext": "Failed to authorize"}}
                """))));

        assertEquals(530, e.errorCode());
    }

    @Test
    void givesUpWhenTheJobOutlastsTheWaitLimitWithPausesCappedAtTheMaximum() {
        CloudStackUnavailableException e = assertThrows(CloudStackUnavailableException.class,
                () -> waiter.await(JOB, answering(PENDING)));

        assertTrue(e.getMessage().contains(JOB_ID), e.getMessage());
        assertTrue(e.getMessage().contains("still running"), e.getMessage());
        assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
                Duration.ofMillis(1600), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofMillis(1000)), ticker.sleeps);
        assertEquals(9, queries.size());
    }
}
