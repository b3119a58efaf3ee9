package dev.ec2gateway.gateway.cli;

import dev.ec2gateway.gateway.config.ConfigException;
import dev.ec2gateway.gateway.config.ConfigSource;
import dev.ec2gateway.gateway.config.GatewayConfig;
import dev.ec2gateway.gateway.store.AccountStore;
import dev.ec2gateway.gateway.store.CloudStackConnector;
import dev.ec2gateway.gateway.store.StoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/** The {@code users} admin command: registers, lists and removes the users of the account store. */
@Command(name = "users",
        description = "Register, list and remove the users of the account store (EC2 keys -> CloudStack keys).",
        subcommands = {AddUserCommand.class, ListUsersCommand.class, RemoveUserCommand.class})
public final class UsersCommand {
    /** The value of a secret option that means: read it from standard input. */
    static final String FROM_STANDARD_INPUT = "-";
    static final int FAILED = 1;

    @Mixin
    HelpOption help;

    @ParentCommand
    ConfigSource parent;

    private CloudStackConnector connector;
    private InputStream standardInput = System.in;
    private BufferedReader standardInputLines;

    /** Without a CloudStack connector: {@code users add} then works only with {@code --no-verify}. */
    public UsersCommand() {
    }

    /** With the connector {@code users add} uses to prove the CloudStack keys before storing them. */
    public UsersCommand(CloudStackConnector connector) {
        this.connector = connector;
    }

    /** Sets the connector {@code users add} uses to prove the CloudStack keys before storing them. */
    public UsersCommand setCloudStackConnector(CloudStackConnector connector) {
        this.connector = connector;
        return this;
    }

    /** Where secrets given as {@code -} are read from (tests; standard input otherwise). */
    UsersCommand readingFrom(InputStream input) {
        this.standardInput = input;
        this.standardInputLines = null;
        return this;
    }

    Optional<CloudStackConnector> connector() {
        return Optional.ofNullable(connector);
    }

    GatewayConfig config() {
        return parent.config();
    }

    /** Runs work against the store, turning configuration and store failures into a message and exit 1. */
    int withStore(CommandSpec spec, StoreWork work) {
        try (AccountStore store = AccountStore.open(config())) {
            return work.run(store);
        } catch (StoreException | ConfigException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return FAILED;
        }
    }

    @FunctionalInterface
    interface StoreWork {
        int run(AccountStore store);
    }

    /** The value itself, or the next line of standard input when the value is {@code -}. */
    String secret(CommandSpec spec, String option, String value) {
        if (!FROM_STANDARD_INPUT.equals(value)) {
            return value;
        }
        try {
            if (standardInputLines == null) {
                standardInputLines = new BufferedReader(new InputStreamReader(standardInput, StandardCharsets.UTF_8));
            }
            String line = standardInputLines.readLine();
            if (line == null || line.isBlank()) {
                throw new ParameterException(spec.commandLine(),
                        option + " " + FROM_STANDARD_INPUT + ": no secret key on standard input");
            }
            return line.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }
}
