package dev.ec2gateway.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ec2gateway.gateway.http.AccessLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class MainTest {
    private static final int THREADS = 4;
    /** Well beyond the access log's queue of 8192, so that requests wait for room. */
    private static final int LINES_PER_THREAD = 5_000;

    @Test
    void stoppingLoggingWritesOutEveryQueuedAccessLineWholeWithTheShippedConfiguration() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PrintStream standardError = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            configure(context, MainTest.class.getClassLoader().getResource("logback.xml"));
            AccessLog log = new AccessLog(Clock.systemUTC());
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    writers.add(pool.submit(() -> {
                        for (int i = 0; i < LINES_PER_THREAD; i++) {
                            AccessLog.Entry entry = log.start("req-" + thread + "-" + i);
                            entry.action("DescribeRegions");
                            entry.accessKey("AKIDLOGGED");
                            entry.finish(200, null);
                        }
                    }));
                }
                for (Future<?> writer : writers) {
                    writer.get();
                }
            } finally {
                pool.shutdown();
            }
            Main.stopLogging();
        } finally {
            System.setErr(standardError);
            configure(context, MainTest.class.getClassLoader().getResource("logback-test.xml"));
        }

        ObjectMapper json = new ObjectMapper();
        Set<String> requestIds = new HashSet<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.contains(" ec2gateway.access ")) {
                JsonNode logged = json.readTree(line.substring(line.indexOf('{')));
                assertEquals("DescribeRegions", logged.get("action").asText(), line);
                assertEquals(200, logged.get("status").asInt(), line);
                requestIds.add(logged.get("requestId").asText());
            }
        }
        assertEquals(THREADS * LINES_PER_THREAD, requestIds.size(), "every line written, none twice or lost");
        assertTrue(requestIds.contains("req-3-4999"));
    }

    private static void configure(LoggerContext context, URL configuration) throws Exception {
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(configuration);
        context.start();
    }
}
