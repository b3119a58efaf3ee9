package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** An asynchronous job as {@code queryAsyncJobResult} shows it: pending (0), done (1) or failed (2). */
final class AsyncJob {

    static final int PENDING = 0;
    static final int DONE = 1;
    static final int FAILED = 2;

    private final String id;
    private final User caller;
    private final String cmd;
    private final String instanceType;
    private final String instanceId;
    private final Instant created;
    private int status = PENDING;
    private int resultCode;
    private ObjectNode result;
    private Instant completed;

    AsyncJob(String id, User caller, String cmd, String instanceType, String instanceId, Instant created) {
        this.id = id;
        this.caller = caller;
        this.cmd = cmd;
        this.instanceType = instanceType;
        this.instanceId = instanceId;
        this.created = created;
    }

    String id() {
        return id;
    }

    User caller() {
        return caller;
    }

    String cmd() {
        return cmd;
    }

    String instanceType() {
        return instanceType;
    }

    String instanceId() {
        return instanceId;
    }

    Instant created() {
        return created;
    }

    int status() {
        return status;
    }

    int resultCode() {
        return resultCode;
    }

    ObjectNode result() {
        return result;
    }

    Instant completed() {
        return completed;
    }

    void succeed(ObjectNode jobResult, Instant at) {
        status = DONE;
        result = jobResult;
        completed = at;
    }

    void fail(int code, String text, Instant at) {
        status = FAILED;
        resultCode = code;
        result = Json.object();
        result.put("errorcode", code);
        result.put("errortext", text);
        completed = at;
    }
}
