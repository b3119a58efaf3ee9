package dev.ec2gateway.cloudstack;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.ec2gateway.cloudstack.CloudStackClientTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RealCloudStackTest {
    private static final String API = "/client/api";
    private static final CloudStackCredentials USER = new CloudStackCredentials("keyOfEc2user", "secretOfEc2user");
    private static final String CS_VM_1 = "ecd982af-7b65-4557-b7d4-3282a1aeed9b";
    private static final String JOB_1 = "3168a6ba-eeeb-4a2c-bc65-050196afbafc";

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final FakeTicker ticker = new FakeTicker();
    private final List<CloudStackCall> calls = new CopyOnWriteArrayList<>();
    private CloudStackClient client;
    private CloudStack cloudStack;

    record Vm(String id, String name, String state) {
    }

    record SecurityGroup(String id, String name, String description) {
    }

    record Success(boolean success) {
    }

    @BeforeEach
    void start() {
        server.start();
        client = new CloudStackClient(new CloudStackClientSettings(URI.create("http://127.0.0.1:" + server.port() + API),
                Duration.ofSeconds(2), Duration.ofSeconds(5), 8, 2, Duration.ofMillis(200), Duration.ofSeconds(2),
                Duration.ofSeconds(60)), ticker);
        cloudStack = client.as(USER, calls::add);
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop();
    }

    private static MappingBuilder command(String name) {
        return get(urlPathEqualTo(API)).withQueryParam("command", equalTo(name))
                .withQueryParam("apiKey", equalTo(USER.apiKey()));
    }

    private static ScenarioMappingBuilder pollOf(String jobId) {
        return command("queryAsyncJobResult").withQueryParam("jobid", equalTo(jobId)).inScenario("job " + jobId);
    }

    private static String vm(int n, String state) {
        return """
                {"id": "vm-%d", "name": "web-%d", "displayname": "web-%d", "account": "ec2user", "state": "%s",
                 "cpunumber": 1, "memory": 512, "nic": [{"deviceid": "0", "ipaddress": "10.1.1.%d"}], "tags": []}
                """.formatted(n, n, n, state, n);
    }

    private static String vmPage(int count, String... vms) {
        return "{\"listvirtualmachinesresponse\": {\"count\": " + count + ", \"virtualmachine\": ["
                + String.join(", ", vms) + "]}}";
    }

    @Test
    void readsCloudStacksEmptyObjectAsAnEmptyList() {
        server.stubFor(command("listVolumes").willReturn(json(200, "{\"listvolumesresponse\": {}}")));

        assertEquals(List.of(), cloudStack.list(Command.of("listVolumes").with("type", "DATADISK"), "volume", Vm.class));
        server.verify(exactly(1), getRequestedFor(urlPathEqualTo(API)));
    }

    @Test
    void walksThreePagesUntilItHasCountItems() {
        for (int page = 1; page <= 3; page++) {
            String body = page < 3 ? vmPage(5, vm(2 * page - 1, "Running"), vm(2 * page, "Running"))
                    : vmPage(5, vm(5, "Stopped"));
            server.stubFor(command("listVirtualMachines").withQueryParam("page", equalTo(String.valueOf(page)))
                    .withQueryParam("pagesize", equalTo("2")).withQueryParam("state", equalTo("Running"))
                    .willReturn(json(200, body)));
        }

        List<Vm> vms = cloudStack.list(Command.of("listVirtualMachines").with("state", "Running"),
                "virtualmachine", Vm.class);

        assertEquals(List.of("vm-1", "vm-2", "vm-3", "vm-4", "vm-5"), vms.stream().map(Vm::id).toList());
        assertEquals(new Vm("vm-5", "web-5", "Stopped"), vms.get(4));
        server.verify(exactly(3), getRequestedFor(urlPathEqualTo(API)));
        assertEquals(3, calls.size());
    }

    @Test
    void aLongWalkKeepsPageOrderAndAsksForNoPagePastTheCount() {
        for (int page = 1; page <= 11; page++) {
            String body = page < 11 ? vmPage(21, vm(2 * page - 1, "Running"), vm(2 * page, "Running"))
                    : vmPage(21, vm(21, "Running"));
            // a slow page must still end up in its place
            server.stubFor(command("listVirtualMachines").withQueryParam("page", equalTo(String.valueOf(page)))
                    .willReturn(json(200, body).withFixedDelay(page == 2 ? 300 : 0)));
        }

        List<Vm> vms = cloudStack.list(Command.of("listVirtualMachines"), "virtualmachine", Vm.class);

        assertEquals(IntStream.rangeClosed(1, 21).mapToObj(n -> "vm-" + n).toList(),
                vms.stream().map(Vm::id).toList());
        server.verify(exactly(11), getRequestedFor(urlPathEqualTo(API)));
    }

    @Test
    void aCountThatGrowsDuringTheWalkIsFollowedToTheEnd() {
        server.stubFor(command("listVirtualMachines").withQueryParam("page", equalTo("1"))
                .willReturn(json(200, vmPage(4, vm(1, "Running"), vm(2, "Running")))));
        // Two VMs were made between the calls: page 2 tells of 6.
        server.stubFor(command("listVirtualMachines").withQueryParam("page", equalTo("2"))
                .willReturn(json(200, vmPage(6, vm(3, "Running"), vm(4, "Running")))));
        server.stubFor(command("listVirtualMachines").withQueryParam("page", equalTo("3"))
                .willReturn(json(200, vmPage(6, vm(5, "Running"), vm(6, "Running")))));

        List<Vm> vms = cloudStack.list(Command.of("listVirtualMachines"), "virtualmachine", Vm.class);

        assertEquals(List.of("vm-1", "vm-2", "vm-3", "vm-4", "vm-5", "vm-6"), vms.stream().map(Vm::id).toList());
        server.verify(exactly(3), getRequestedFor(urlPathEqualTo(API)));
    }

    @Test
    void stopsAtAPageThatComesBackWithoutItems() {
        server.stubFor(command("listVirtualMachines").withQueryParam("page", equalTo("1"))
                .willReturn(json(200, vmPage(4, vm(1, "Running"), vm(2, "Running")))));
        // Items vanished between the calls: CloudStack answers a page past the end with the count alone.
        server.stubFor(command("listVirtualMachines").withQueryParam("page", equalTo("2"))
                .willReturn(json(200, "{\"listvirtualmachinesresponse\": {\"count\": 2}}")));

        List<Vm> vms = cloudStack.list(Command.of("listVirtualMachines"), "virtualmachine", Vm.class);

        assertEquals(2, vms.size());
        server.verify(exactly(2), getRequestedFor(urlPathEqualTo(API)));
    }

    record VmList(Integer count, List<Vm> virtualmachine) {
    }

    @Test
    void readsAWholeListAnswerIntoARecordAndAsksForNoPageOfItsOwn() {
        server.stubFor(command("listVirtualMachines").willReturn(json(200, vmPage(7, vm(1, "Running")))));

        VmList page = cloudStack.read(Command.of("listVirtualMachines").with("page", 4).with("pagesize", 2),
                VmList.class);

        assertEquals(new VmList(7, List.of(new Vm("vm-1", "web-1", "Running"))), page);
        server.verify(getRequestedFor(urlPathEqualTo(API)).withQueryParam("page", equalTo("4")));
    }

    @Test
    void anErrorInsideASuccessfulListAnswerIsStillCloudStacksError() {
        server.stubFor(command("listVirtualMachines").willReturn(json(200, """
                {"listvirtualmachinesresponse": {"virtualmachine": [], "errorcode": 431, "cserrorcode": 4350,
                 "errortext": "Unable to execute API command"}}""")));

        CloudStackException error = assertThrows(CloudStackException.class,
                () -> cloudStack.list(Command.of("listVirtualMachines"), "virtualmachine", Vm.class));
        assertEquals(431, error.errorCode());
        assertThrows(CloudStackException.class, () -> cloudStack.read(Command.of("listVirtualMachines"), VmList.class));
    }

    @Test
    void aListItemThatDoesNotReadAsTheRecordIsAnAnswerThatIsNotTheApi() {
        server.stubFor(command("listVirtualMachines").willReturn(json(200,
                "{\"listvirtualmachinesresponse\": {\"count\": 1, \"virtualmachine\": [{\"id\": [1, 2]}]}}")));

        CloudStackUnavailableException error = assertThrows(CloudStackUnavailableException.class,
                () -> cloudStack.list(Command.of("listVirtualMachines"), "virtualmachine", Vm.class));
        assertTrue(error.getMessage().contains("does not read as Vm"), error.getMessage());
    }

    @Test
    void anAnswerWithMoreThanTheEnvelopeIsNotTheApi() {
        server.stubFor(command("listVirtualMachines").willReturn(json(200,
                "{\"listvirtualmachinesresponse\": {\"count\": 0}, \"other\": {}}")));

        assertThrows(CloudStackUnavailableException.class,
                () -> cloudStack.list(Command.of("listVirtualMachines"), "virtualmachine", Vm.class));
        assertThrows(CloudStackUnavailableException.class,
                () -> cloudStack.read(Command.of("listVirtualMachines"), VmList.class));
    }

    @Test
    void readsTheSingleObjectUnderItsKey() {
        server.stubFor(command("createSecurityGroup").withQueryParam("name", equalTo("web")).willReturn(json(200, """
                {"createsecuritygroupresponse": {"securitygroup": {"id": "b2f1c7de", "name": "web",
                 "description": "web servers", "account": "ec2user", "ingressrule": [], "egressrule": [], "tags": []}}}
                """)));

        SecurityGroup group = cloudStack.get(Command.of("createSecurityGroup").with("name", "web")
                .with("description", "web servers"), "securitygroup", SecurityGroup.class);

        assertEquals(new SecurityGroup("b2f1c7de", "web", "web servers"), group);
        server.verify(getRequestedFor(urlPathEqualTo(API)).withQueryParam("page", absent()));
    }

    @Test
    void submitsACreateStyleCommandAndKeepsTheNewObjectsId() {
        server.stubFor(command("deployVirtualMachine").willReturn(json(200, """
                {"deployvirtualmachineresponse": {"id": "%s", "jobid": "%s"}}
                """.formatted(CS_VM_1, JOB_1))));

        AsyncJob job = cloudStack.submit(Command.of("deployVirtualMachine").with("zoneid", "z1"));

        assertEquals(new AsyncJob("deployVirtualMachine", JOB_1, CS_VM_1), job);
        server.verify(exactly(1), getRequestedFor(urlPathEqualTo(API)));
    }

    @Test
    void awaitsAJobThroughPendingPollsAndReadsItsResult() {
        String pending = """
                {"queryasyncjobresultresponse": {"accountid": "8e81517f", "account": "ec2user", "domainpath": "ROOT",
                 "cmd": "org.apache.cloudstack.api.command.user.vm.DeployVMCmd", "jobstatus": 0, "jobprocstatus": 0,
                 "jobresultcode": 0, "jobinstancetype": "VirtualMachine", "jobinstanceid": "%s",
                 "managementserverid": 3281355014145, "created": "2026-11-24T05:33:18+0000", "jobid": "%s"}}
                """.formatted(CS_VM_1, JOB_1);
        String done = """
                {"queryasyncjobresultresponse": {"accountid": "8e81517f", "account": "ec2user", "domainpath": "ROOT",
                 "cmd": "org.apache.cloudstack.api.command.user.vm.DeployVMCmd", "jobstatus": 1, "jobprocstatus": 0,
                 "jobresultcode": 0, "jobresulttype": "object", "jobresult": {"virtualmachine": %s},
                 "jobinstancetype": "VirtualMachine", "jobinstanceid": "%s", "created": "2026-11-24T05:33:18+0000",
                 "completed": "2026-11-24T05:33:20+0000", "jobid": "%s"}}
                """.formatted("{\"id\": \"" + CS_VM_1 + "\", \"name\": \"web-1\", \"state\": \"Running\"}", CS_VM_1, JOB_1);
        server.stubFor(pollOf(JOB_1).whenScenarioStateIs(STARTED)
                .willReturn(json(200, pending)).willSetStateTo("polled once"));
        server.stubFor(pollOf(JOB_1).whenScenarioStateIs("polled once")
                .willReturn(json(200, pending)).willSetStateTo("polled twice"));
        server.stubFor(pollOf(JOB_1).whenScenarioStateIs("polled twice").willReturn(json(200, done)));

        Vm vm = cloudStack.await(new AsyncJob("deployVirtualMachine", JOB_1, CS_VM_1), "virtualmachine", Vm.class);

        assertEquals(new Vm(CS_VM_1, "web-1", "Running"), vm);
        assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(400)), ticker.sleeps);
        assertEquals(List.of("queryAsyncJobResult", "queryAsyncJobResult", "queryAsyncJobResult"),
                calls.stream().map(CloudStackCall::command).toList());
    }

    @Test
    void awaitWithoutAResultKeyReadsTheWholeResult() {
        server.stubFor(command("queryAsyncJobResult").willReturn(json(200, """
                {"queryasyncjobresultresponse": {"cmd": "org.apache.cloudstack.api.command.user.snapshot.DeleteSnapshotCmd",
                 "jobstatus": 1, "jobprocstatus": 0, "jobresultcode": 0, "jobresulttype": "object",
                 "jobresult": {"success": true}, "jobinstancetype": "Snapshot", "jobid": "%s"}}
                """.formatted(JOB_1))));

        Success success = cloudStack.await(new AsyncJob("deleteSnapshot", JOB_1, null), null, Success.class);

        assertTrue(success.success());
    }

    @Test
    void awaitTurnsAFailedJobIntoAnExceptionFromTheJob() {
        server.stubFor(command("queryAsyncJobResult").willReturn(json(200, """
                {"queryasyncjobresultresponse": {"cmd": "org.apache.cloudstack.api.command.user.vm.DestroyVMCmd",
                 "jobstatus": 2, "jobprocstatus": 0, "jobresultcode": 530, "jobresulttype": "object",
                 "jobresult": {"errorcode": 530, "errortext": "Account does not have permission for expunging."},
                 "jobinstancetype": "VirtualMachine", "jobid": "%s"}}
                """.formatted(JOB_1))));

        CloudStackException e = assertThrows(CloudStackException.class,
                () -> cloudStack.await(new AsyncJob("destroyVirtualMachine", JOB_1, null), "virtualmachine", Vm.class));

        assertEquals("destroyVirtualMachine", e.command());
        assertEquals(530, e.errorCode());
        assertEquals("Account does not have permission for expunging.", e.errorText());
        assertTrue(e.fromJob());
    }

    @Test
    void awaitGivesUpOnAJobStillRunningAtTheWaitLimit() {
        server.stubFor(command("queryAsyncJobResult").willReturn(json(200, """
                {"queryasyncjobresultresponse": {"jobstatus": 0, "jobprocstatus": 0, "jobresultcode": 0, "jobid": "%s"}}
                """.formatted(JOB_1))));

        CloudStackUnavailableException e = assertThrows(CloudStackUnavailableException.class,
                () -> cloudStack.await(new AsyncJob("stopVirtualMachine", JOB_1, null), "virtualmachine", Vm.class));

        assertTrue(e.getMessage().contains(JOB_1) && e.getMessage().contains("still running"), e.getMessage());
        assertEquals(Duration.ofSeconds(60), ticker.sleeps.stream().reduce(Duration.ZERO, Duration::plus));
    }
}
