package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.standin.StandInUser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the real clients' session scripts (test resources under clients/) against a running gateway as
 * one user, with an empty client configuration so nothing of the machine's own leaks in. A session
 * passes when its script exits 0; its output, one line per step, is printed either way.
 */
final class ClientSessions {
    private final RunningGateway running;
    private final Path work;

    ClientSessions(RunningGateway running, Path work) throws IOException {
        this.running = running;
        this.work = work;
        try (Stream<Path> scripts = Files.list(Path.of(ClientSessions.class.getResource("/clients").toURI()))) {
            for (Path script : scripts.toList()) {
                Files.copy(script, work.resolve(script.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** Runs a script (.py with /usr/bin/python3, .sh with bash) as the user and asserts that it passed. */
    void assertPasses(StandInUser user, String script, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        List<String> command = script.endsWith(".py") ? List.of("/usr/bin/python3", script)
                : List.of("/bin/bash", work.resolve(script).toString());
        assertPasses(user, command, extraEnv);
    }

    void assertPasses(StandInUser user, List<String> command, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        ClientProcess result = ClientProcess.run(command, work, environment(user, extraEnv));
        System.out.println("== " + String.join(" ", command) + "\n" + result.output());
        assertEquals(0, result.exitCode(), () -> "session failed:\n" + result.output());
        assertTrue(result.output().contains("ok   "), () -> "no step ran:\n" + result.output());
    }

    private Map<String, String> environment(StandInUser user, Map<String, String> extraEnv) throws IOException {
        Path home = Files.createDirectories(work.resolve("home"));
        StandInUser other = running.standIn().otherUser();
        Map<String, String> env = new HashMap<>();
        env.put("EC2_URL", running.gateway().endpoint().toString());
        env.put("CLOUDSTACK_URL", running.standIn().apiUrl().toString());
        env.put("AWS_ACCESS_KEY_ID", user.apiKey());
        env.put("AWS_SECRET_ACCESS_KEY", user.secretKey());
        env.put("OTHER_ACCESS_KEY", other.apiKey());
        env.put("OTHER_SECRET_KEY", other.secretKey());
        env.put("AWS_DEFAULT_REGION", RunningGateway.REGION);
        env.put("AWS_CONFIG_FILE", home.resolve("aws-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("aws-credentials").toString());
        env.put("AWS_PAGER", "");
        env.put("AWS_MAX_ATTEMPTS", "1");
        env.put("HOME", home.toString());
        env.put("BOTO_CONFIG", home.resolve("boto.cfg").toString());
        env.put("WORK", work.toString());
        env.put("PYTHONPATH", work.toString());
        env.putAll(extraEnv);
        return env;
    }
}
