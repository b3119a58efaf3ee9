package dev.ec2gateway.gateway.translators;

import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * CloudStack answers for the volume, snapshot and tag tests, in the shapes CloudStack 4.20 answers a
 * regular user: the immediate answer of an async command, its finished or failed job, list envelopes.
 */
final class StorageFixtures {
    static final String ZONE_ID = "a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf";
    static final String VM_ID = "ecd982af-7b65-4557-b7d4-3282a1aeed9b";
    static final String VOLUME_ID = "b2566ab6-c9e9-4e30-9c74-5e74e53206fa";
    static final String ROOT_VOLUME_ID = "5d41abcc-e445-462e-b492-2f2761dff8c1";
    static final String SNAPSHOT_ID = "a386005f-1b40-41de-a94f-7669457a8c80";
    static final String TEMPLATE_ID = "97d5f421-5f5a-4a28-ac62-2bb094751ffc";
    static final String CUSTOM_OFFERING_ID = "853aab57-d153-415f-9dee-dc1c05bc8545";

    private StorageFixtures() {
    }

    /** An async command's immediate answer; {@code objectId} for create-style commands, else null. */
    static void submitted(Ec2Harness harness, String command, String objectId, String jobId) {
        String id = objectId == null ? "" : "\"id\":\"" + objectId + "\",";
        harness.stub(command, "{\"" + command.toLowerCase() + "response\":{" + id + "\"jobid\":\"" + jobId + "\"}}");
    }

    /** The finished job {@code jobId} with this jobresult object. */
    static void jobDone(Ec2Harness harness, String jobId, String jobResult) {
        stubJob(harness, jobId, """
                {"queryasyncjobresultresponse":{"accountid":"8e81517f-3460-4229-b5c9-06f75b5fc783","account":"ec2user",
                 "jobstatus":1,"jobprocstatus":0,"jobresultcode":0,"jobresulttype":"object","jobresult":%s,
                 "created":"2026-11-24T05:33:31+0000","completed":"2026-11-24T05:33:31+0000","jobid":"%s"}}"""
                .formatted(jobResult, jobId));
    }

    /** The job {@code jobId}, failed as CloudStack reports it: HTTP 200, jobstatus 2, the code in jobresult. */
    static void jobFailed(Ec2Harness harness, String jobId, int code, String text) {
        stubJob(harness, jobId, """
                {"queryasyncjobresultresponse":{"accountid":"8e81517f-3460-4229-b5c9-06f75b5fc783","account":"ec2user",
                 "jobstatus":2,"jobprocstatus":0,"jobresultcode":%d,"jobresulttype":"object",
                 "jobresult":{"errorcode":%d,"errortext":"%s"},"created":"2026-11-24T05:34:38+0000",
                 "completed":"2026-11-24T05:34:38+0000","jobid":"%s"}}""".formatted(code, code, text, jobId));
    }

    private static void stubJob(Ec2Harness harness, String jobId, String body) {
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("queryAsyncJobResult")
                .withQueryParam("jobid", WireMock.equalTo(jobId))
                .willReturn(WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json;charset=utf-8").withBody(body)));
    }

    /** A list answer: CloudStack's {@code {}} when empty, else count and items. */
    static String list(String command, String itemKey, String... items) {
        String inner = items.length == 0 ? "{}"
                : "{\"count\":" + items.length + ",\"" + itemKey + "\":[" + String.join(",", items) + "]}";
        return "{\"" + command.toLowerCase() + "response\":" + inner + "}";
    }

    /** An error answer, HTTP status = errorcode, as CloudStack sends it. */
    static void error(Ec2Harness harness, String command, int code, int csCode, String text) {
        harness.stub(command, code, "{\"" + command.toLowerCase() + "response\":{\"uuidList\":[],\"errorcode\":" + code
                + ",\"cserrorcode\":" + csCode + ",\"errortext\":\"" + text + "\"}}");
    }

    /**
     * A volume as listVolumes shows it; {@code vmId} null for a detached one, {@code jobId} non-null while a job
     * runs on it.
     */
    static String volume(String id, String type, String state, String vmId, Integer deviceId, long bytes,
                         String jobId, String... tags) {
        StringBuilder json = new StringBuilder("{\"id\":\"" + id + "\",\"name\":\"vol\",\"zoneid\":\"" + ZONE_ID
                + "\",\"zonename\":\"Sim-Basic\",\"type\":\"" + type + "\",");
        if (vmId != null) {
            json.append("\"deviceid\":").append(deviceId).append(",\"virtualmachineid\":\"").append(vmId)
                    .append("\",\"vmname\":\"ec2-vm1-basic\",\"vmstate\":\"Running\",");
        }
        json.append("\"provisioningtype\":\"thin\",\"size\":").append(bytes)
                .append(",\"created\":\"2026-11-24T05:33:31+0000\",\"state\":\"").append(state)
                .append("\",\"account\":\"ec2user\",\"domainid\":\"12a08eb8-e7c0-11f1-ba74-02fc00000001\",");
        if (vmId != null) {
            json.append("\"attached\":\"2026-11-24T05:33:33+0000\",");
        }
        json.append("\"destroyed\":false,\"tags\":[").append(String.join(",", tags)).append("]");
        if (jobId != null) {
            json.append(",\"jobid\":\"").append(jobId).append("\",\"jobstatus\":0");
        }
        return json.append("}").toString();
    }

    static String tag(String key, String value, String resourceType, String resourceId) {
        return """
                {"key":"%s","value":"%s","resourcetype":"%s","resourceid":"%s","account":"ec2user",
                 "domainid":"12a08eb8-e7c0-11f1-ba74-02fc00000001","domain":"ROOT","domainpath":"/"}"""
                .formatted(key, value, resourceType, resourceId);
    }
}
