package dev.ec2gateway.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoMainTest {
    @TempDir
    Path work;

    @Test
    void printsPasteableKeysWithWhichTheAwsCliListsZones() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (DemoMain demo = DemoMain.start(new String[] {"--demo", "--port", "0", "--admin-port", "0", "--bind-address", "127.0.0.1",
                "--data-dir", work.resolve("data").toString()}, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            String welcome = printed.toString(StandardCharsets.UTF_8);
            assertTrue(welcome.contains("STAND-IN"), welcome);
            Map<String, String> env = new HashMap<>();
            for (String line : welcome.split("\n")) {
                for (String name : List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "EC2_URL")) {
                    if (line.startsWith(name + "=")) {
                        env.put(name, line.substring(name.length() + 1).strip());
                    }
                }
            }
            assertEquals(3, env.size(), welcome);
            env.put("AWS_CONFIG_FILE", work.resolve("none").toString());
            env.put("AWS_SHARED_CREDENTIALS_FILE", work.resolve("none").toString());
            env.put("HOME", work.toString());
            ProcessBuilder aws = new ProcessBuilder("/usr/bin/aws", "--endpoint-url", env.get("EC2_URL"),
                    "--region", "cloudstack", "ec2", "describe-availability-zones").redirectErrorStream(true);
            aws.environment().putAll(env);
            Process process = aws.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "aws did not finish");
            assertEquals(0, process.exitValue(), output);
            assertTrue(output.contains("\"ZoneName\""), output);
        }
    }
}
