package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void preloadsVmsOfTheSecondAccountApartFromTheFirstsWhenAskedTo() {
        LaunchOptions options = LaunchOptions.parse("--port", "0", "--state-delay-ms", "0",
                "--preload-vms", "3", "--preload-other-vms", "5");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (CloudStackStandIn standIn = CloudStackStandIn.start(options.settings())) {
            options.preload(standIn, new PrintStream(printed, true, StandardCharsets.UTF_8));
            ApiClient client = new Cloud(standIn).client;

            JsonNode others = client.call(standIn.otherUser(), "listVirtualMachines").body();
            assertEquals(5, others.get("count").asInt());
            assertEquals(3, client.call(standIn.user(), "listVirtualMachines").body().get("count").asInt());
            assertEquals(5, client.call(standIn.otherUser(), "listVolumes", "type", "ROOT").body().get("count").asInt());
            Set<String> names = new TreeSet<>();
            others.get("virtualmachine").forEach(vm -> names.add(vm.get("name").asText()));
            assertEquals(Set.of("preloaded-3", "preloaded-4", "preloaded-5", "preloaded-6", "preloaded-7"), names);
        }
        assertEquals("Preloaded 3 Running VMs of ec2user\nPreloaded 5 Running VMs of ec2other\n",
                printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void startsWithTheDemoDelayAndFixedKeysAndNothingPreloadedByDefault() {
        LaunchOptions options = LaunchOptions.parse();
        assertEquals(new LaunchOptions(new StandInSettings(8080, Duration.ofSeconds(2), true), 0, 0), options);
    }

    @Test
    void refusesAnUnknownOptionAndAMissingValue() {
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--preload-others", "5"));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--preload-other-vms"));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--preload-other-vms", "-1"));
    }
}
