package dev.ec2gateway.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Writes docs/configuration.md from {@link ConfigKey}; fails when the committed page was out of date. */
class ConfigurationPageTest {
    private static final Path PAGE = Path.of("..", "docs", "configuration.md");

    @Test
    void theConfigurationPageListsEverySetting() throws IOException {
        StringBuilder page = new StringBuilder("""
                # Configuration

                Generated from `ConfigKey` by `ConfigurationPageTest`; do not edit by hand.

                Every setting can be given three ways; a later one wins over an earlier one:
                1. a line `key=value` in the properties file named by `--config FILE`;
                2. an environment variable: `EC2_GATEWAY_` and the key in upper case with `_` for `.`;
                3. a flag: `--` and the key with `-` for `.`.

                `bin/ec2-gateway --help` lists the flags. An unknown key in the file stops the gateway with a
                message naming it.

                | key | environment variable | flag | default | meaning |
                |---|---|---|---|---|
                """);
        for (ConfigKey key : ConfigKey.values()) {
            page.append("| `").append(key.key()).append("` | `").append(key.environmentVariable()).append("` | `")
                    .append(key.flag()).append("` | ")
                    .append(key.defaultValue().isEmpty() ? "(empty)" : "`" + key.defaultValue() + "`")
                    .append(" | ").append(key.description()).append(" |\n");
        }
        String rendered = page.toString();
        String committed = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
        if (!committed.equals(rendered)) {
            Files.writeString(PAGE, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(committed, rendered, "docs/configuration.md was out of date and has been rewritten: commit it");
    }
}
