package dev.ec2gateway.gateway.translators;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.Map;

/** WireMock answers for CloudStack's async commands: the job id at once, the job's end on queryAsyncJobResult. */
final class JobStubs {
    private JobStubs() {
    }

    /** Answers {@code command} with job {@code jobId} when its parameters match, and the job with {@code result}. */
    static void stubJob(Ec2Harness harness, String command, Map<String, String> params, String jobId, String result) {
        stubJob(harness, command, params, jobId, null, result);
    }

    /** The same for a create-style command that also answers the id of the new object. */
    static void stubJob(Ec2Harness harness, String command, Map<String, String> params, String jobId, String objectId,
                        String result) {
        var request = Ec2Harness.commandRequest(command);
        for (Map.Entry<String, String> p : params.entrySet()) {
            request = request.withQueryParam(p.getKey(), equalTo(p.getValue()));
        }
        String id = objectId == null ? "" : "\"id\":\"" + objectId + "\",";
        harness.cloudStack.stubFor(request.willReturn(WireMock.okJson(
                "{\"" + command.toLowerCase() + "response\":{" + id + "\"jobid\":\"" + jobId + "\"}}")));
        harness.cloudStack.stubFor(Ec2Harness.commandRequest("queryAsyncJobResult")
                .withQueryParam("jobid", equalTo(jobId)).willReturn(WireMock.okJson(
                        "{\"queryasyncjobresultresponse\":{\"accountid\":\"8e81517f\",\"jobid\":\"" + jobId + "\","
                                + result + "}}")));
    }

    static String done(String jobResult) {
        return "\"jobstatus\":1,\"jobprocstatus\":0,\"jobresultcode\":0,\"jobresulttype\":\"object\",\"jobresult\":"
                + jobResult;
    }

    static String failed(int code, String text) {
        return "\"jobstatus\":2,\"jobprocstatus\":0,\"jobresultcode\":" + code + ",\"jobresulttype\":\"object\","
                + "\"jobresult\":{\"errorcode\":" + code + ",\"errortext\":\"" + text + "\"}";
    }
}
