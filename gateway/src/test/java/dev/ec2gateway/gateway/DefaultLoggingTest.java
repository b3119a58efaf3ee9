package dev.ec2gateway.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DefaultLoggingTest {
    @Test
    void linesGoToStandardErrorAtInfoWithTheLibrariesAtWarn() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        DefaultLogging.logToStandardError(context);
        String printed = standardErrorOf(() -> {
            context.getLogger("dev.ec2gateway.gateway.GatewayApp").info("gateway started (HTTP port {})", 8080);
            context.getLogger("ec2gateway.access").info("{\"requestId\":\"r-1\"}");
            context.getLogger("dev.ec2gateway.gateway.GatewayApp").debug("not shown");
            context.getLogger("org.eclipse.jetty.server.Server").info("not shown");
            context.getLogger("org.flywaydb.core.internal.database.base.Database").warn("not shown");
            context.getLogger("org.h2.engine").warn("the database warns");
        });
        String[] lines = printed.split("\n");
        assertEquals(3, lines.length, printed);
        assertTrue(lines[0].matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  "
                + "d\\.e\\.gateway\\.GatewayApp gateway started \\(HTTP port 8080\\)"), lines[0]);
        assertTrue(lines[1].endsWith(" INFO  ec2gateway.access {\"requestId\":\"r-1\"}"), lines[1]);
        assertTrue(lines[2].endsWith(" WARN  org.h2.engine the database warns"), lines[2]);
    }

    @Test
    void stepsAsideWhenLogbackFindsAFile() {
        // the tests' logback-test.xml is on the class path; -Dlogback.configurationFile is found the same way
        LoggerContext context = new LoggerContext();
        DefaultLogging logging = new DefaultLogging();
        logging.setContext(context);
        assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, logging.configure(context));
        assertFalse(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext());
    }

    private static String standardErrorOf(Runnable logging) {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            logging.run();
        } finally {
            System.setErr(saved);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
