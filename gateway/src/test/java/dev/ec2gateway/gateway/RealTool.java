package dev.ec2gateway.gateway;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a real program a test drives (the AWS CLI, MariaDB). Missing under CI (the CI variable set,
 * as {@code .ci/run} runs) the test fails, saying what to install; elsewhere it is skipped.
 */
public final class RealTool {
    private RealTool() {
    }

    /** The first of the candidate paths, or the name found on PATH, that is an executable file. */
    public static Path find(String name, String debianPackage, String... candidates) {
        List<Path> tried = new ArrayList<>();
        for (String candidate : candidates) {
            tried.add(Path.of(candidate));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                tried.add(Path.of(dir, name));
            }
        }
        for (Path p : tried) {
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        String message = name + " is not installed (looked in " + tried + "); install it: apt-get install "
                + debianPackage;
        if (System.getenv("CI") != null) {
            fail("CI is set, so this test must run: " + message);
        }
        Assumptions.abort(message);
        return null;
    }
}
