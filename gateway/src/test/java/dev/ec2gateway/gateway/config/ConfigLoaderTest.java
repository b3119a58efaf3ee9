package dev.ec2gateway.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void withNothingGivenTheDefaultsApply() {
        GatewayConfig config = ConfigLoader.load(null, Map.of(), Map.of());
        assertEquals(7080, config.integer(ConfigKey.PORT));
        assertEquals("http://localhost:8080/client/api", config.get(ConfigKey.CLOUDSTACK_URL));
        assertEquals("/awsapi", config.get(ConfigKey.CONTEXT_PATH));
    }

    @Test
    void theFileOverridesDefaultsTheEnvironmentTheFileAndFlagsEverything() throws IOException {
        Path file = dir.resolve("gateway.properties");
        Files.writeString(file, "port=8000\nregion.name=from-file\ncloudstack.url=http://file/client/api\n");
        GatewayConfig config = ConfigLoader.load(file,
                Map.of("EC2_GATEWAY_REGION_NAME", "from-env", "EC2_GATEWAY_PORT", "9000"),
                Map.of(ConfigKey.PORT, "9100"));
        assertEquals(9100, config.integer(ConfigKey.PORT));
        assertEquals("from-env", config.get(ConfigKey.REGION_NAME));
        assertEquals("http://file/client/api", config.get(ConfigKey.CLOUDSTACK_URL));
    }

    @Test
    void anUnknownKeyInTheFileIsNamed() throws IOException {
        Path file = dir.resolve("gateway.properties");
        Files.writeString(file, "prot=8000\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("prot"), e.getMessage());
    }

    @Test
    void aNonNumberWhereANumberBelongsIsExplained() {
        GatewayConfig config = GatewayConfig.of(Map.of(ConfigKey.PORT, "seventy"));
        ConfigException e = assertThrows(ConfigException.class, () -> config.integer(ConfigKey.PORT));
        assertTrue(e.getMessage().contains("port"), e.getMessage());
    }

    @Test
    void namesOfEnvironmentVariablesAndFlagsFollowTheKey() {
        assertEquals("EC2_GATEWAY_CLOUDSTACK_URL", ConfigKey.CLOUDSTACK_URL.environmentVariable());
        assertEquals("--cloudstack-url", ConfigKey.CLOUDSTACK_URL.flag());
        assertEquals("--data-dir", ConfigKey.DATA_DIR.flag());
    }

    @Test
    void thePublicUrlDefaultsToTheListenerAndContextPath() {
        GatewayConfig config = GatewayConfig.of(Map.of(ConfigKey.PORT, "7081"));
        assertEquals("http://localhost:7081/awsapi", config.publicUrl());
        assertEquals("https://ec2.example/awsapi",
                config.with(ConfigKey.PUBLIC_URL, "https://ec2.example/awsapi").publicUrl());
    }
}
