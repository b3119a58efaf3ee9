package dev.ec2gateway.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started on the benchmark's own class path, whose output lines can be awaited. Its output goes to a file,
 * as a service's would, not through a pipe this JVM has to drain: reading a line per request (the gateway's
 * access log) would be the client's CPU spent on the gateway side of every comparison.
 */
final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final Path output;
    private final Reader outputReader;
    private final StringBuilder unfinishedLine = new StringBuilder();
    private final long startedNanos;

    private ChildProcess(Process process, Path output, long startedNanos) throws IOException {
        this.process = process;
        this.output = output;
        this.outputReader = Files.newBufferedReader(output, StandardCharsets.UTF_8);
        this.startedNanos = startedNanos;
    }

    static ChildProcess startJava(List<String> jvmFlags, String mainClass, List<String> args) throws IOException {
        return startJava(jvmFlags, System.getProperty("java.class.path"), mainClass, args);
    }

    static ChildProcess startJava(List<String> jvmFlags, String classPath, String mainClass, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        Path output = Files.createTempFile("ec2-gateway-bench-", ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new ChildProcess(process, output, started);
    }

    /** Waits for a line starting with {@code prefix} and returns it. */
    String awaitLine(String prefix, Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = nextLine();
            if (line != null && line.strip().startsWith(prefix)) {
                return line.strip();
            }
            if (line == null) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the child process ended before printing '" + prefix + "'");
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("no line starting with '" + prefix + "' within " + timeout);
    }

    /** The next whole line written so far, or null; a line still being written waits for its end. */
    private String nextLine() throws IOException {
        int c;
        while ((c = outputReader.read()) != -1) {
            if (c == '\n') {
                String line = unfinishedLine.toString();
                unfinishedLine.setLength(0);
                return line;
            }
            unfinishedLine.append((char) c);
        }
        return null;
    }

    Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Resident memory of the process, from /proc (Linux), in MiB; -1 where unknown. */
    long residentMiB() {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Asks the process to stop (SIGTERM); whether it ended by itself within the timeout (else it is killed). */
    boolean stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        process.destroyForcibly();
        return false;
    }

    @Override
    public void close() throws InterruptedException, IOException {
        stop(Duration.ofSeconds(10));
        outputReader.close();
        Files.deleteIfExists(output);
    }
}
