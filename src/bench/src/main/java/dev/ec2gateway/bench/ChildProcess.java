package dev.ec2gateway.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A JVM started on the benchmark's own class path, whose output lines can be awaited. */
final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final long startedNanos;

    private ChildProcess(Process process, long startedNanos) {
        this.process = process;
        this.startedNanos = startedNanos;
        Thread reader = new Thread(this::readLines, "child-output");
        reader.setDaemon(true);
        reader.start();
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
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new ChildProcess(process, started);
    }

    /** Waits for a line starting with {@code prefix} and returns it. */
    String awaitLine(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.strip().startsWith(prefix)) {
                return line.strip();
            }
            if (line == null && !process.isAlive()) {
                throw new IllegalStateException("the child process ended before printing '" + prefix + "'");
            }
        }
        throw new IllegalStateException("no line starting with '" + prefix + "' within " + timeout);
    }

    Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
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

    private void readLines() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process ended
        }
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
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(10));
    }
}
