package dev.ec2gateway.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one real client's session script and keeps what it printed. */
record ClientProcess(int exitCode, String output) {
    private static final long TIMEOUT_MINUTES = 5;

    static ClientProcess run(List<String> command, Path workDir, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new ClientProcess(-1, new String(output, StandardCharsets.UTF_8) + "\n(timed out)");
        }
        return new ClientProcess(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
