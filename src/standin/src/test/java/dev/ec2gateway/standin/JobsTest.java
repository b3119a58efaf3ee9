package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobsTest {

    static final List<String> PENDING_KEYS = List.of("accountid", "account", "domainid", "domainpath", "userid",
            "cmd", "jobstatus", "jobprocstatus", "jobresultcode", "jobinstancetype", "jobinstanceid",
            "managementserverid", "created", "jobid");
    static final List<String> DONE_KEYS = List.of("accountid", "account", "domainid", "domainpath", "userid",
            "cmd", "jobstatus", "jobprocstatus", "jobresultcode", "jobresulttype", "jobresult", "jobinstancetype",
            "jobinstanceid", "created", "completed", "jobid");

    private CloudStackStandIn standIn;
    private Cloud cloud;

    @BeforeEach
    void start() {
        standIn = CloudStackStandIn.start(StandInSettings.defaults().withStateDelay(Duration.ofHours(1)));
        cloud = new Cloud(standIn);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void showsAPendingJobUntilItsStepsRanThenTheResult() {
        JsonNode deployed = cloud.deploy(standIn.user(), cloud.basicZone());
        String jobId = deployed.get("jobid").asText();

        JsonNode pending = cloud.job(standIn.user(), jobId);
        assertEquals(PENDING_KEYS, Shapes.keys(pending));
        assertEquals(0, pending.get("jobstatus").asInt());
        assertTrue(pending.get("managementserverid").isLong());
        assertEquals("ROOT", pending.get("domainpath").asText());
        assertEquals("org.apache.cloudstack.api.command.user.vm.DeployVMCmd", pending.get("cmd").asText());
        assertEquals(deployed.get("id").asText(), pending.get("jobinstanceid").asText());

        standIn.advance();
        standIn.advance();
        JsonNode done = cloud.job(standIn.user(), jobId);
        assertEquals(DONE_KEYS, Shapes.keys(done));
        assertEquals(1, done.get("jobstatus").asInt());
        assertEquals("object", done.get("jobresulttype").asText());
        assertEquals(List.of("virtualmachine"), Shapes.keys(done.get("jobresult")));
    }

    @Test
    void listsOnlyJobsThatStillRun() {
        String jobId = cloud.deploy(standIn.user(), cloud.basicZone()).get("jobid").asText();
        JsonNode running = cloud.client.call(standIn.user(), "listAsyncJobs").body();
        assertEquals(List.of("count", "asyncjobs"), Shapes.keys(running));
        assertEquals(PENDING_KEYS, Shapes.keys(running.get("asyncjobs").get(0)));
        assertEquals(jobId, running.get("asyncjobs").get(0).get("jobid").asText());
        assertEquals("{}", cloud.client.call(standIn.otherUser(), "listAsyncJobs").body().toString());

        standIn.advance();
        standIn.advance();
        assertEquals("{}", cloud.client.call(standIn.user(), "listAsyncJobs").body().toString());
    }

    @Test
    void reportsAnErrorFoundWhileRunningAsAFailedJob() {
        String vmId = cloud.deploy(standIn.user(), cloud.basicZone()).get("id").asText();
        standIn.advance();
        standIn.advance();
        ApiClient.Reply started = cloud.client.call(standIn.user(), "startVirtualMachine", "id", vmId);
        assertEquals(200, started.status());
        standIn.advance();

        JsonNode failed = cloud.job(standIn.user(), started.body().get("jobid").asText());
        assertEquals(DONE_KEYS, Shapes.keys(failed));
        assertEquals(2, failed.get("jobstatus").asInt());
        assertEquals(431, failed.get("jobresultcode").asInt());
        assertEquals(List.of("errorcode", "errortext"), Shapes.keys(failed.get("jobresult")));
        assertTrue(failed.get("jobresult").get("errortext").asText().endsWith("is already running"));
    }

    @Test
    void finishesJobsByItselfOnceTheStateDelaysHavePassed() {
        try (CloudStackStandIn quick = CloudStackStandIn.start(
                StandInSettings.defaults().withStateDelay(Duration.ofMillis(20)))) {
            Cloud quickCloud = new Cloud(quick);
            String jobId = quickCloud.deploy(quick.user(), quickCloud.basicZone()).get("jobid").asText();
            int status = 0;
            for (int polls = 0; polls < 500 && status == 0; polls++) {
                status = quickCloud.job(quick.user(), jobId).get("jobstatus").asInt();
            }
            assertEquals(1, status);
        }
    }

    @Test
    void answers431ForAJobIdThatDoesNotExist() {
        ApiClient.Reply reply = cloud.client.call(standIn.user(), "queryAsyncJobResult", "jobid",
                "9f1c2e4a-7b3d-4c5e-8a6f-0d1e2f3a4b5c");
        assertEquals(431, reply.status());
        assertEquals(9999, reply.body().get("cserrorcode").asInt());
        assertTrue(reply.body().get("errortext").asText().startsWith(
                "Unable to execute API command queryasyncjobresult due to invalid value. Invalid parameter jobid"));
    }
}
