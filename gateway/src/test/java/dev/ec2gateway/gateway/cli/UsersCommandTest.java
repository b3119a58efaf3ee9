package dev.ec2gateway.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.CloudStackUnavailableException;
import dev.ec2gateway.gateway.auth.Account;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.ConfigSource;
import dev.ec2gateway.gateway.config.GatewayConfig;
import dev.ec2gateway.gateway.store.AccountStore;
import dev.ec2gateway.gateway.store.CloudStackConnector;
import dev.ec2gateway.gateway.store.FakeCloudStack;
import dev.ec2gateway.gateway.store.RegisteredUser;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class UsersCommandTest {
    @TempDir
    Path dataDir;

    private final FakeCloudStack cloudStack = new FakeCloudStack()
            .on("listCapabilities", c -> new AddUserCommand.CsCapability("4.20.2.0"));
    private final List<CloudStackCredentials> connectedWith = new ArrayList<>();
    private final CloudStackConnector connector = (config, credentials) -> {
        connectedWith.add(credentials);
        return cloudStack;
    };
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String standardInput = "";

    @Command(name = "ec2-gateway")
    final class TestRoot implements ConfigSource {
        @Override
        public GatewayConfig config() {
            return UsersCommandTest.this.config();
        }
    }

    private GatewayConfig config() {
        return GatewayConfig.of(Map.of(ConfigKey.DATA_DIR, dataDir.toString()));
    }

    private int run(UsersCommand users, String... args) {
        users.readingFrom(new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)));
        CommandLine commandLine = new CommandLine(new TestRoot()).addSubcommand(users);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int run(String... args) {
        return run(new UsersCommand(connector), args);
    }

    private Optional<Account> stored(String accessKey) {
        try (AccountStore store = AccountStore.open(config())) {
            return store.find(accessKey);
        }
    }

    private List<RegisteredUser> storedUsers() {
        try (AccountStore store = AccountStore.open(config())) {
            return store.list();
        }
    }

    @Test
    void registersAUserWhoseEc2KeysAreItsCloudStackKeys() {
        int exit = run("users", "add", "--access-key", "csApiKey1", "--secret-key", "csSecret-Yp31");

        assertEquals(0, exit, err.toString());
        CloudStackCredentials keys = new CloudStackCredentials("csApiKey1", "csSecret-Yp31");
        assertEquals(List.of(keys), connectedWith);
        assertEquals(1, cloudStack.callsOf("listCapabilities"));
        assertEquals(Optional.of(new Account("csApiKey1", "csSecret-Yp31", keys)), stored("csApiKey1"));
        assertTrue(out.toString().contains("Registered user csApiKey1"), out.toString());
        assertFalse(out.toString().contains("csSecret-Yp31"));
    }

    @Test
    void registersAUserWithCloudStackKeysOfItsOwn() {
        int exit = run("users", "add", "--access-key", "AKID1", "--secret-key", "ec2Secret-Hh52",
                "--cloudstack-api-key", "csApiKey1", "--cloudstack-secret-key", "csSecret-Yp31");

        assertEquals(0, exit, err.toString());
        CloudStackCredentials keys = new CloudStackCredentials("csApiKey1", "csSecret-Yp31");
        assertEquals(List.of(keys), connectedWith);
        assertEquals(Optional.of(new Account("AKID1", "ec2Secret-Hh52", keys)), stored("AKID1"));
    }

    @Test
    void readsSecretKeysFromStandardInputInTheOrderOfTheOptions() {
        standardInput = "ec2Secret-Hh52\ncsSecret-Yp31\n";

        int exit = run("users", "add", "--access-key", "AKID1", "--secret-key", "-",
                "--cloudstack-api-key", "csApiKey1", "--cloudstack-secret-key", "-");

        assertEquals(0, exit, err.toString());
        assertEquals(Optional.of(new Account("AKID1", "ec2Secret-Hh52",
                new CloudStackCredentials("csApiKey1", "csSecret-Yp31"))), stored("AKID1"));
    }

    @Test
    void saysSoWhenStandardInputHoldsNoSecret() {
        int exit = run("users", "add", "--access-key", "AKID1", "--secret-key", "-");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("no secret key on standard input"), err.toString());
        assertTrue(storedUsers().isEmpty());
    }

    @Test
    void replacesTheKeysOfARegisteredUser() {
        run("users", "add", "--access-key", "AKID1", "--secret-key", "first-secret");

        int exit = run("users", "add", "--access-key", "AKID1", "--secret-key", "second-secret");

        assertEquals(0, exit, err.toString());
        assertEquals("second-secret", stored("AKID1").orElseThrow().secretKey());
        assertTrue(out.toString().contains("Replaced the keys of user AKID1"), out.toString());
    }

    @Test
    void storesNothingWhenCloudStackRefusesTheKeys() {
        cloudStack.on("listCapabilities", c -> {
            throw new CloudStackException("listCapabilities", 401, 0, "unable to verify user credentials", false);
        });

        int exit = run("users", "add", "--access-key", "AKID1", "--secret-key", "wrong-secret");

        assertEquals(1, exit);
        assertTrue(err.toString().contains("does not accept the CloudStack keys of AKID1"), err.toString());
        assertTrue(err.toString().contains("Nothing was stored"), err.toString());
        assertFalse(err.toString().contains("wrong-secret"));
        assertTrue(storedUsers().isEmpty());
    }

    @Test
    void storesNothingWhenCloudStackCannotBeReached() {
        cloudStack.on("listCapabilities", c -> {
            throw new CloudStackUnavailableException("connection refused", null);
        });

        int exit = run("users", "add", "--access-key", "AKID1", "--secret-key", "SK");

        assertEquals(1, exit);
        assertTrue(err.toString().contains("cannot be reached"), err.toString());
        assertTrue(err.toString().contains("--no-verify"), err.toString());
        assertTrue(storedUsers().isEmpty());
    }

    @Test
    void storesUncheckedKeysWithNoVerifyWithoutCallingCloudStack() {
        int exit = run("users", "add", "--access-key", "AKID1", "--secret-key", "SK", "--no-verify");

        assertEquals(0, exit, err.toString());
        assertEquals(List.of(), connectedWith);
        assertTrue(stored("AKID1").isPresent());
    }

    @Test
    void refusesToVerifyWithoutAConnectorAndStoresNothing() {
        int exit = run(new UsersCommand(), "users", "add", "--access-key", "AKID1", "--secret-key", "SK");

        assertEquals(1, exit);
        assertTrue(err.toString().contains("no CloudStack client is wired"), err.toString());
        assertTrue(storedUsers().isEmpty());
    }

    @Test
    void usesAConnectorSetAfterConstruction() {
        int exit = run(new UsersCommand().setCloudStackConnector(connector),
                "users", "add", "--access-key", "AKID1", "--secret-key", "SK");

        assertEquals(0, exit, err.toString());
        assertEquals(1, connectedWith.size());
    }

    @Test
    void listsUsersWithTheirCloudStackApiKeysButNoSecrets() {
        run("users", "add", "--access-key", "AKID1", "--secret-key", "ec2Secret-Hh52",
                "--cloudstack-api-key", "csApiKey1", "--cloudstack-secret-key", "csSecret-Yp31");
        run("users", "add", "--access-key", "AKID2", "--secret-key", "ec2Secret-Kk07");
        out.getBuffer().setLength(0);

        int exit = run("users", "list");

        assertEquals(0, exit, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size(), out.toString());
        assertTrue(lines.get(0).matches("ACCESS KEY +CLOUDSTACK API KEY +CREATED"), lines.get(0));
        assertTrue(lines.get(1).matches("AKID1 +csApiKey1 +\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), lines.get(1));
        assertTrue(lines.get(2).matches("AKID2 +AKID2 +\\d{4}-.*Z"), lines.get(2));
        assertFalse(out.toString().contains("Secret"));
    }

    @Test
    void saysSoWhenNoUsersAreRegistered() {
        int exit = run("users", "list");

        assertEquals(0, exit, err.toString());
        assertEquals("No users are registered.", out.toString().strip());
    }

    @Test
    void removesARegisteredUser() {
        run("users", "add", "--access-key", "AKID1", "--secret-key", "SK");

        int exit = run("users", "remove", "AKID1");

        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("Removed user AKID1."), out.toString());
        assertTrue(storedUsers().isEmpty());
    }

    @Test
    void failsToRemoveAnUnknownUser() {
        int exit = run("users", "remove", "AKIDNOBODY");

        assertEquals(1, exit);
        assertTrue(err.toString().contains("no user has the access key AKIDNOBODY"), err.toString());
    }

    @Test
    void answersBadUsageWithExitCodeTwo() {
        assertEquals(2, run("users"));
        assertEquals(2, run("users", "add", "--secret-key", "SK"));
        assertEquals(2, run("users", "add", "--access-key", "AK", "--secret-key", "SK", "--cloudstack-api-key", "K"));
        assertEquals(2, run("users", "add", "--access-key", "A K", "--secret-key", "SK"));
        assertEquals(2, run("users", "remove"));
        assertEquals(2, run("users", "frobnicate"));
        assertEquals(List.of(), connectedWith);
    }

    @Test
    void showsHelpForEachCommand() {
        assertEquals(0, run("users", "add", "--help"));
        assertTrue(out.toString().contains("--cloudstack-secret-key"), out.toString());
        assertFalse(out.toString().contains("--version"), out.toString());
    }

    @Test
    void reportsAStoreThatCannotOpenAsAFailure() throws Exception {
        java.nio.file.Files.createDirectories(dataDir);
        java.nio.file.Files.writeString(dataDir.resolve("secret.key"), "not a key",
                java.nio.file.StandardOpenOption.CREATE_NEW);
        java.nio.file.Files.setPosixFilePermissions(dataDir.resolve("secret.key"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        int exit = run("users", "list");

        assertEquals(1, exit);
        assertTrue(err.toString().startsWith("error: the key file"), err.toString());
    }
}
