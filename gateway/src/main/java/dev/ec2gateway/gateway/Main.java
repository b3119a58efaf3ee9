package dev.ec2gateway.gateway;

import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackClient;
import dev.ec2gateway.cloudstack.CloudStackClientSettings;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.gateway.cli.CertificatesCommand;
import dev.ec2gateway.gateway.cli.OfferingsCommand;
import dev.ec2gateway.gateway.cli.UsageCommand;
import dev.ec2gateway.gateway.cli.UsersCommand;
import dev.ec2gateway.gateway.config.ConfigException;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.ConfigLoader;
import dev.ec2gateway.gateway.config.ConfigSource;
import dev.ec2gateway.gateway.config.GatewayConfig;
import dev.ec2gateway.gateway.store.StoreException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code ec2-gateway} command: starts the gateway, or runs an admin command on its account store. */
@Command(name = "ec2-gateway", mixinStandardHelpOptions = true, abbreviateSynopsis = true, version = "ec2-gateway 0.1.0",
        description = "The EC2 API for an Apache CloudStack cloud.",
        footer = {"", "Every setting is also a key of the --config file and an environment variable",
                "(EC2_GATEWAY_ and the key in upper case, '_' for '.'); flags win over both."})
public final class Main implements Callable<Integer>, ConfigSource {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "properties file with the settings")
    Path configFile;

    public static void main(String[] args) throws InterruptedException {
        // Logback sets itself up on its first use: here while picocli builds the command line. It is done before
        // any command runs, so that no logger is asked for meanwhile (SLF4J would hand out stand-ins).
        Thread logging = new Thread(LoggerFactory::getILoggerFactory, "ec2-gateway-logging");
        logging.start();
        CommandLine commandLine = commandLine();
        logging.join();
        System.exit(commandLine.execute(args));
    }

    /** The command line with one flag per setting and the admin subcommands. */
    public static CommandLine commandLine() {
        return commandLine(new Main());
    }

    /** The command line around a given main command (the demo reads its settings this way). */
    public static CommandLine commandLine(Main main) {
        CommandLine commandLine = new CommandLine(main);
        CommandSpec spec = commandLine.getCommandSpec();
        for (ConfigKey key : ConfigKey.values()) {
            String shown = key.defaultValue().isEmpty() ? "" : " (default: " + key.defaultValue() + ")";
            spec.addOption(OptionSpec.builder(key.flag())
                    .paramLabel("VALUE")
                    .type(String.class)
                    .scopeType(ScopeType.INHERIT)
                    .description(key.description() + shown)
                    .build());
        }
        commandLine.addSubcommand(new UsersCommand(Main::connectOnce));
        commandLine.addSubcommand(new UsageCommand());
        commandLine.addSubcommand(new CertificatesCommand());
        commandLine.addSubcommand(new OfferingsCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException || e instanceof StoreException || e instanceof IOException) {
                cmd.getErr().println("ec2-gateway: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return commandLine;
    }

    /** CloudStack for one admin command: a client that lives as long as the command's process. */
    private static CloudStack connectOnce(GatewayConfig config, CloudStackCredentials credentials) {
        CloudStackClient client = new CloudStackClient(CloudStackClientSettings.defaults(
                URI.create(config.get(ConfigKey.CLOUDSTACK_URL))));
        return client.as(credentials);
    }

    /** The settings from the config file, the environment and this command line's flags. */
    @Override
    public GatewayConfig config() {
        Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            OptionSpec option = spec.findOption(key.flag());
            if (option != null && option.getValue() != null) {
                flags.put(key, option.getValue());
            }
        }
        return ConfigLoader.load(configFile, System.getenv(), flags);
    }

    @Option(names = "--demo", description = "start with an in-memory CloudStack stand-in to try the gateway "
            + "(run through bin/ec2-gateway)")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        if (demo) {
            spec.commandLine().getErr().println("ec2-gateway: start the demo with bin/ec2-gateway --demo");
            return 2;
        }
        GatewayConfig config = config();
        GatewayApp app = GatewayApp.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "ec2-gateway-shutdown"));
        app.join();
        return 0;
    }
}
