package dev.ec2gateway.gateway.cli;

import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.CloudStackUnavailableException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import dev.ec2gateway.gateway.store.CloudStackConnector;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code users add}: proves a user's CloudStack keys, then stores them under the user's EC2 keys. */
@picocli.CommandLine.Command(name = "add",
        description = {"Register a user, or replace the keys of a registered one.",
                "Without --cloudstack-api-key/--cloudstack-secret-key the EC2 keys are the CloudStack keys.",
                "A secret given as '-' is read from standard input, one line each (EC2 secret first)."})
final class AddUserCommand implements Callable<Integer> {
    private static final int MAX_KEY_LENGTH = 255;

    @Mixin
    HelpOption help;

    @ParentCommand
    UsersCommand users;

    @Spec
    CommandSpec spec;

    @Option(names = "--access-key", required = true, paramLabel = "AK", description = "the EC2 access key")
    String accessKey;

    @Option(names = "--secret-key", required = true, paramLabel = "SK",
            description = "the EC2 secret key, or '-' to read it from standard input")
    String secretKey;

    @ArgGroup(exclusive = false)
    CloudStackKeys cloudStackKeys;

    @Option(names = "--no-verify", description = "store the keys without proving them against CloudStack first")
    boolean noVerify;

    static final class CloudStackKeys {
        @Option(names = "--cloudstack-api-key", required = true, paramLabel = "KEY",
                description = "the user's CloudStack API key (default: the EC2 access key)")
        String apiKey;

        @Option(names = "--cloudstack-secret-key", required = true, paramLabel = "SECRET",
                description = "the user's CloudStack secret key, or '-' to read it from standard input")
        String secretKey;
    }

    @Override
    public Integer call() {
        String ec2Secret = checked("--secret-key", users.secret(spec, "--secret-key", secretKey));
        checked("--access-key", accessKey);
        CloudStackCredentials cloudStack = cloudStackKeys == null
                ? new CloudStackCredentials(accessKey, ec2Secret)
                : new CloudStackCredentials(checked("--cloudstack-api-key", cloudStackKeys.apiKey),
                        checked("--cloudstack-secret-key",
                                users.secret(spec, "--cloudstack-secret-key", cloudStackKeys.secretKey)));
        PrintWriter err = spec.commandLine().getErr();
        if (!noVerify) {
            Optional<String> refusal = verify(users.config(), cloudStack);
            if (refusal.isPresent()) {
                err.println("error: " + refusal.get() + " Nothing was stored.");
                return UsersCommand.FAILED;
            }
        }
        return users.withStore(spec, store -> {
            boolean replacing = store.find(accessKey).isPresent();
            store.register(accessKey, ec2Secret, cloudStack);
            spec.commandLine().getOut().println((replacing ? "Replaced the keys of user " : "Registered user ")
                    + accessKey + " (CloudStack API key " + cloudStack.apiKey() + ").");
            return 0;
        });
    }

    /** Why CloudStack does not take these keys, or empty when listCapabilities signed with them works. */
    private Optional<String> verify(GatewayConfig config, CloudStackCredentials credentials) {
        Optional<CloudStackConnector> connector = users.connector();
        if (connector.isEmpty()) {
            return Optional.of("cannot prove the CloudStack keys: no CloudStack client is wired into this command;"
                    + " use --no-verify to store them unchecked.");
        }
        String url = config.get(ConfigKey.CLOUDSTACK_URL);
        try {
            CloudStack cloudStack = connector.get().connect(config, credentials);
            cloudStack.get(Command.of("listCapabilities"), "capability", CsCapability.class);
            return Optional.empty();
        } catch (CloudStackException e) {
            if (e.errorCode() == 401) {
                return Optional.of("CloudStack at " + url + " does not accept the CloudStack keys of " + accessKey
                        + " (401: " + e.errorText() + ").");
            }
            return Optional.of("CloudStack at " + url + " answered listCapabilities with error " + e.errorCode()
                    + ": " + e.errorText() + ".");
        } catch (CloudStackUnavailableException e) {
            return Optional.of("CloudStack cannot be reached at " + url + ": " + e.getMessage()
                    + "; --no-verify stores the keys without proving them.");
        }
    }

    private String checked(String option, String value) {
        if (value.isBlank() || value.length() > MAX_KEY_LENGTH || value.chars().anyMatch(c -> c <= ' ')) {
            throw new ParameterException(spec.commandLine(), option + " must be 1 to " + MAX_KEY_LENGTH
                    + " characters without spaces or control characters");
        }
        return value;
    }

    /** Only read to prove the keys work. */
    record CsCapability(String cloudstackversion) {
    }
}
