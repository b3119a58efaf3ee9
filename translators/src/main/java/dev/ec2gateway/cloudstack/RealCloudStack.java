package dev.ec2gateway.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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

    /** Pages of one listing asked for at the same time, once the first page has told how many there are. */
    private static final int PAGES_AT_ONCE = 4;
    private static final ExecutorService PAGES = Executors.newFixedThreadPool(8, task -> {
        Thread thread = new Thread(task, "cloudstack-pages");
        thread.setDaemon(true);
        return thread;
    });

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
        ListPage<T> first = page(command, 1, itemKey, type);
        List<T> items = new ArrayList<>(first.items());
        if (first.items().isEmpty() || first.count() < 0 || items.size() >= first.count()) {
            return Collections.unmodifiableList(items);
        }
        // CloudStack told how many there are, so the other pages are asked for a few at a time; the walk
        // ends, as a page-by-page one would, at an empty page or once the count is reached.
        int count = first.count();
        for (int next = 2; ; ) {
            int last = Math.max(next, (count + pageSize - 1) / pageSize);
            int end = Math.min(next + PAGES_AT_ONCE - 1, last);
            List<CompletableFuture<ListPage<T>>> window = new ArrayList<>();
            for (int page = next; page <= end; page++) {
                int number = page;
                window.add(CompletableFuture.supplyAsync(() -> page(command, number, itemKey, type), PAGES));
            }
            for (CompletableFuture<ListPage<T>> pending : window) {
                ListPage<T> answer = joined(pending);
                // No match is {}; a page past the end is {"count": N} without items.
                if (answer.items().isEmpty()) {
                    return Collections.unmodifiableList(items);
                }
                items.addAll(answer.items());
                count = answer.count();
                if (count < 0 || items.size() >= count) {
                    return Collections.unmodifiableList(items);
                }
            }
            next = end + 1;
        }
    }

    private <T> ListPage<T> page(Command command, int page, String itemKey, Class<T> type) {
        return reader.readPage(command.name(), send(command.with("page", page).with("pagesize", pageSize)), itemKey,
                type);
    }

    private static <T> T joined(CompletableFuture<T> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
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
        return transport.send(QuerySigner.sign(command, credentials));
    }
}
