package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code queryAsyncJobResult}, {@code listAsyncJobs} and the immediate answers of asynchronous commands. */
final class Jobs {

    /** The id CloudStack reports for the management server that runs a pending job. */
    static final long MANAGEMENT_SERVER_ID = 2748779069441L;

    private Jobs() {
    }

    static List<Command> commands() {
        return List.of(
                Command.user("queryAsyncJobResult", Jobs::query),
                Command.user("listAsyncJobs", Jobs::list));
    }

    /** The immediate answer of an asynchronous command: {@code {"jobid": ...}}. */
    static ObjectNode jobId(AsyncJob job) {
        ObjectNode node = Json.object();
        node.put("jobid", job.id());
        return node;
    }

    /** The immediate answer of a create-style asynchronous command: {@code {"id": ..., "jobid": ...}}. */
    static ObjectNode idAndJobId(String id, AsyncJob job) {
        ObjectNode node = Json.object();
        node.put("id", id);
        node.put("jobid", job.id());
        return node;
    }

    private static ObjectNode query(Call call) {
        String id = call.params().required("jobid");
        AsyncJob job = call.store().jobs().get(id);
        if (job == null) {
            throw ApiError.invalidParameter(call.params().command(), "jobid", id);
        }
        if (job.caller().account() != call.account() && !call.account().isAdmin()) {
            throw ApiError.permissionDenied();
        }
        return render(job);
    }

    private static ObjectNode list(Call call) {
        List<AsyncJob> pending = call.store().jobs().values().stream()
                .filter(j -> j.status() == AsyncJob.PENDING)
                .filter(j -> j.caller().account() == call.account())
                .toList();
        return Lists.answer(call.params(), "asyncjobs", pending, Jobs::render);
    }

    static ObjectNode render(AsyncJob job) {
        User caller = job.caller();
        ObjectNode node = Json.object();
        node.put("accountid", caller.account().id());
        node.put("account", caller.account().name());
        node.put("domainid", Seed.DOMAIN_ID);
        node.put("domainpath", "ROOT");
        node.put("userid", caller.id());
        node.put("cmd", job.cmd());
        node.put("jobstatus", job.status());
        node.put("jobprocstatus", 0);
        node.put("jobresultcode", job.resultCode());
        boolean pending = job.status() == AsyncJob.PENDING;
        if (!pending) {
            node.put("jobresulttype", "object");
            node.set("jobresult", job.result().deepCopy());
        }
        if (job.instanceType() != null) {
            node.put("jobinstancetype", job.instanceType());
            if (job.instanceId() != null) {
                node.put("jobinstanceid", job.instanceId());
            }
        }
        if (pending) {
            node.put("managementserverid", MANAGEMENT_SERVER_ID);
        }
        node.put("created", Json.date(job.created()));
        if (!pending) {
            node.put("completed", Json.date(job.completed()));
        }
        node.put("jobid", job.id());
        return node;
    }
}
