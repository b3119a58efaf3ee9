package dev.ec2gateway.gateway;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.DefaultJoranConfigurator;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The gateway's logging when no Logback file is given: every log line on standard error (standard output
 * carries the start-up summary), INFO and above, the libraries' chatter at WARN. Built in code rather than
 * from a logback.xml because Logback's XML configuration loads about 450 classes at every start.
 *
 * <p>Logback runs this before looking for its files, so it steps aside whenever Logback would find one
 * ({@code -Dlogback.configurationFile}, or a logback-test.xml or logback.xml on the class path).
 */
public final class DefaultLogging extends ContextAwareBase implements Configurator {
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX} %-5level %logger{24} %msg%n";
    private static final Map<String, Level> LEVELS = Map.of(
            "org.eclipse.jetty", Level.WARN,
            "org.flywaydb", Level.WARN,
            // Flyway warns there when the database is newer than the versions it was tested with
            "org.flywaydb.core.internal.database.base.Database", Level.ERROR,
            "com.zaxxer.hikari", Level.WARN,
            "org.h2", Level.WARN,
            "org.apache.hc", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        DefaultJoranConfigurator files = new DefaultJoranConfigurator();
        files.setContext(context);
        if (files.findURLOfDefaultConfigurationFile(false) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        logToStandardError(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static void logToStandardError(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(stderr);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }
}
