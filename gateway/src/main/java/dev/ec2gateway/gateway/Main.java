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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
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
        CommandLine commandLine = commandLineFor(args);
        logging.join();
        System.exit(commandLine.execute(args));
    }

    /** The command line with one flag per setting and the admin subcommands. */
    public static CommandLine commandLine() {
        return commandLine(new Main());
    }

    /** The command line around a given main command (the demo reads its settings this way). */
    public static CommandLine commandLine(Main main) {
        return commandLine(main, adminCommands());
    }

    /**
     * The command line to run {@code args} with: without the admin subcommands when the arguments start the
     * gateway, as picocli's models of the admin commands took about a tenth of a second of every start. Arguments
     * that may name an admin command (or an argument file), ask for help or do not parse get the whole command
     * line, so that what is printed (help, errors and their suggestions) is what it always was.
     */
    static CommandLine commandLineFor(String[] args) {
        Set<String> adminNames = adminCommands().stream()
                .map(command -> command.getClass().getAnnotation(Command.class).name())
                .collect(Collectors.toSet());
        if (Arrays.stream(args).noneMatch(arg -> adminNames.contains(arg) || arg.startsWith("@"))) {
            CommandLine server = commandLine(new Main(), List.of());
            try {
                ParseResult parsed = server.parseArgs(args);
                if (!parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested()) {
                    return server;
                }
            } catch (ParameterException e) {
                // the whole command line reports it, with its suggestions
            }
        }
        return commandLine();
    }

    private static List<Object> adminCommands() {
        return List.of(new UsersCommand(Main::connectOnce), new UsageCommand(), new CertificatesCommand(),
                new OfferingsCommand());
    }

    private static CommandLine commandLine(Main main, List<Object> subcommands) {
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
        subcommands.forEach(commandLine::addSubcommand);
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
