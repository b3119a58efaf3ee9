package dev.ec2gateway.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.gateway.Main;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import dev.ec2gateway.gateway.store.AccountStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OfferingsCommandTest {
    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return commandLine.execute(all);
    }

    @Test
    void mapsListsAndUnmapsAnInstanceType() {
        assertEquals(0, run("offerings", "map", "m1.small", "Small Instance"), err.toString());
        assertEquals(0, run("offerings", "list"));
        assertTrue(out.toString().contains("m1.small") && out.toString().contains("Small Instance"), out.toString());
        try (AccountStore store = AccountStore.open(GatewayConfig.of(Map.of(ConfigKey.DATA_DIR, dataDir.toString())))) {
            assertEquals(Map.of("m1.small", "Small Instance"), store.instanceTypeMappings().all());
        }
        assertEquals(0, run("offerings", "unmap", "m1.small"), err.toString());
        assertEquals(UsersCommand.FAILED, run("offerings", "unmap", "m1.small"));
        assertTrue(err.toString().contains("not mapped"), err.toString());
    }

    @Test
    void remappingATypeReplacesItsOffering() {
        run("offerings", "map", "t2.micro", "Small Instance");
        run("offerings", "map", "t2.micro", "Medium Instance");
        try (AccountStore store = AccountStore.open(GatewayConfig.of(Map.of(ConfigKey.DATA_DIR, dataDir.toString())))) {
            assertEquals(Map.of("t2.micro", "Medium Instance"), store.instanceTypeMappings().all());
        }
    }
}
