package dev.ec2gateway.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * CloudStack as one caller sees it: each call goes through the stages signer → transport → reader,
 * signed with this caller's credentials. Immutable, so one instance may serve concurrent calls.
 */
final class RealCloudStack implements CloudStack {
    private final CloudStackCredentials credentials;
    private final Transport transport;
    private final AnswerReader reader;
    private final JobWaiter waiter;
    private final int pageSize;

    RealCloudStack(CloudStackCredentials credentials, Transport transport, AnswerReader reader, JobWaiter waiter,
            int pageSize) {
        this.credentials = credentials;
        this.transport = transport;
        this.reader = reader;
        this.waiter = waiter;
        this.pageSize = pageSize;
    }

    @Override
    public <T> T get(Command command, String key, Class<T> type) {
        JsonNode answer = call(command);
        return reader.convert(command.name(), reader.field(command.name(), answer, key), type);
    }

    @Override
    public <T> T read(Command command, Class<T> type) {
        return reader.readAs(command.name(), send(command), type);
    }

    @Override
    public <T> List<T> list(Command command, String itemKey, Class<T> type) {
        List<T> items = new ArrayList<>();
        byte[] reusable = null;
        for (int page = 1; ; page++) {
            Command paged = command.with("page", page).with("pagesize", pageSize);
            // each page read into the array of the one before: a walk of 10,000 VMs read twenty arrays of a megabyte
            RawAnswer raw = send(paged, reusable);
            reusable = raw.bytes();
            ListPage<T> answer = reader.readPage(command.name(), raw, itemKey, type);
            // No match is {}; a page past the end is {"count": N} without items.
            if (answer.items().isEmpty()) {
                return Collections.unmodifiableList(items);
            }
            items.addAll(answer.items());
            if (answer.count() < 0 || items.size() >= answer.count()) {
                return Collections.unmodifiableList(items);
            }
        }
    }

    @Override
    public <T> ListPage<T> page(Command command, String itemKey, Class<T> type) {
        return reader.readPage(command.name(), send(command), itemKey, type);
    }

    @Override
    public AsyncJob submit(Command command) {
        JsonNode answer = call(command);
        String jobId = reader.field(command.name(), answer, "jobid").asText();
        JsonNode id = answer.get("id");
        return new AsyncJob(command.name(), jobId, id == null || id.isNull() ? null : id.asText());
    }

    @Override
    public <T> T await(AsyncJob job, String resultKey, Class<T> type) {
        JsonNode result = waiter.await(job, this::call);
        JsonNode wanted = resultKey == null ? result : reader.field(job.command(), result, resultKey);
        return reader.convert(job.command(), wanted, type);
    }

    private JsonNode call(Command command) {
        return reader.read(command.name(), send(command));
    }

    private RawAnswer send(Command command) {
        return send(command, null);
    }

    private RawAnswer send(Command command, byte[] reusable) {
        return transport.send(QuerySigner.sign(command, credentials), reusable);
    }
}
