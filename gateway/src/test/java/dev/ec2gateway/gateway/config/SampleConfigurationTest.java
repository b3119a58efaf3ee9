package dev.ec2gateway.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample configuration shipped in src/dist names only real keys, with values the gateway accepts. */
class SampleConfigurationTest {
    @Test
    void theSampleConfigurationLoads() {
        GatewayConfig config = ConfigLoader.load(Path.of("..", "src", "dist", "ec2-gateway.properties"), Map.of(),
                Map.of());
        assertEquals(7080, config.integer(ConfigKey.PORT));
        assertEquals(7081, config.integer(ConfigKey.ADMIN_PORT));
        assertEquals(true, config.flag(ConfigKey.ENABLE_EC2_API));
        assertEquals(false, config.flag(ConfigKey.ENABLE_S3_API));
        assertEquals(true, config.flag(ConfigKey.USAGE_ENABLED));
    }
}
