package dev.ec2gateway.bench;

import dev.ec2gateway.gateway.Main;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Starts the gateway as {@code bin/ec2-gateway} does: with a class data sharing archive (AppCDS) of the classes a
 * gateway run loaded. The launcher writes its archive when a gateway run stops and maps it from the next start
 * on; the benchmark does the same with an untimed start of its own, stopped after its first answer, before the
 * start that (e) times. Without an archive (the gateway's classes not in a jar, or the archive not written) the
 * timed start goes without, and says so.
 */
final class GatewayLaunch {
    private static final String MAIN = "dev.ec2gateway.gateway.Main";
    // the JDK's notes on classes it cannot archive (picocli is compiled for Java 5), as in the launcher
    private static final List<String> QUIET_CDS = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private static final Duration FIRST_ANSWER_WITHIN = Duration.ofSeconds(60);
    // stopping includes writing the archive, several seconds on a busy machine
    private static final Duration STOP_WITHIN = Duration.ofSeconds(60);

    private final List<String> jvmFlags;
    private final List<String> extraFlags;
    private final List<String> args;
    private final Path archive;
    private final Path archiveLog;
    private String classPath;
    private String withoutArchive;
    private Duration archivingFirstAnswer = Duration.ZERO;
    private Duration archivingStop = Duration.ZERO;

    /**
     * @param jvmFlags   the gateway's JVM flags, for both starts
     * @param extraFlags flags for the timed start only (a flight recording, say)
     */
    GatewayLaunch(List<String> jvmFlags, List<String> extraFlags, List<String> args, Path workDir) {
        this.jvmFlags = List.copyOf(jvmFlags);
        this.extraFlags = List.copyOf(extraFlags);
        this.args = List.copyOf(args);
        this.archive = workDir.resolve("ec2-gateway.jsa");
        this.archiveLog = workDir.resolve("ec2-gateway-cds.log");
    }

    /** The untimed start that writes the archive: started, answered once, stopped; the JVM writes it as it ends. */
    void writeArchive(Load load, Requests requests) throws IOException, InterruptedException {
        String jars = jarClassPath();
        if (jars == null) {
            withoutArchive = "the gateway's classes are not in a jar (run `mvn package` first), "
                    + "and class data sharing archives only jars";
            classPath = System.getProperty("java.class.path");
            return;
        }
        classPath = jars;
        List<String> flags = new ArrayList<>(jvmFlags);
        flags.add("-XX:ArchiveClassesAtExit=" + archive);
        flags.addAll(QUIET_CDS);
        boolean ended;
        try (ChildProcess gateway = ChildProcess.startJava(flags, classPath, MAIN, args)) {
            archivingFirstAnswer = firstAnswer(gateway, load, requests);
            long stopping = System.nanoTime();
            ended = gateway.stop(STOP_WITHIN);
            archivingStop = Duration.ofNanos(System.nanoTime() - stopping);
        }
        if (!ended || !Files.isRegularFile(archive) || Files.size(archive) == 0) {
            // a cut-short archive could crash the JVM that maps it, as the launcher notes
            Files.deleteIfExists(archive);
            withoutArchive = "the untimed start did not write its archive";
        }
    }

    /** The start (e) times: with the archive when {@link #writeArchive} wrote one. */
    ChildProcess start() throws IOException {
        List<String> flags = new ArrayList<>(jvmFlags);
        if (withoutArchive == null) {
            flags.add("-XX:SharedArchiveFile=" + archive);
            flags.addAll(QUIET_CDS);
            // the JVM's own account of whether it mapped the archive
            flags.add("-Xlog:cds=info:file=" + archiveLog);
        }
        flags.addAll(extraFlags);
        return ChildProcess.startJava(flags, classPath, MAIN, args);
    }

    /** How the timed start ran, for the report; call it once that start has answered. */
    String describe() throws IOException {
        if (withoutArchive == null && !archiveMapped()) {
            withoutArchive = "the JVM did not map the archive (see " + archiveLog + ")";
        }
        if (withoutArchive != null) {
            return "WITHOUT a class data sharing archive: " + withoutArchive;
        }
        return String.format(Locale.ROOT, "with the class data sharing archive, as bin/ec2-gateway starts it "
                        + "(written by an untimed start before: first answer after %.1f s, stopped and archive "
                        + "written in %.1f s)", archivingFirstAnswer.toMillis() / 1000.0,
                archivingStop.toMillis() / 1000.0);
    }

    private boolean archiveMapped() throws IOException {
        String mapped = "Mapped dynamic region";
        return Files.isRegularFile(archiveLog)
                && Files.readAllLines(archiveLog).stream().anyMatch(line -> line.contains(mapped));
    }

    /** Removes the archive (tens of MB). */
    void deleteArchive() throws IOException {
        Files.deleteIfExists(archive);
    }

    /** Time from the process' start to its first answer to a signed DescribeAvailabilityZones. */
    static Duration firstAnswer(ChildProcess gateway, Load load, Requests requests) throws InterruptedException {
        long deadline = System.nanoTime() + FIRST_ANSWER_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (load.statusOf(requests.ec2("DescribeAvailabilityZones", Map.of())) == 200) {
                return gateway.sinceStart();
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the gateway did not answer within " + FIRST_ANSWER_WITHIN.toSeconds() + " s");
    }

    /**
     * This JVM's class path without its directories (in a Maven test run, the benchmark's own classes, which the
     * gateway does not need; an archive cannot be written with a directory on the class path), or null when
     * the gateway itself is not in a jar.
     */
    private static String jarClassPath() {
        String gatewayCode = Main.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        if (!gatewayCode.endsWith(".jar")) {
            return null;
        }
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty() && !Files.isDirectory(Path.of(entry)))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
