package dev.ec2gateway.gateway.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code users remove AK}: forgets a registered user. */
@Command(name = "remove", description = "Remove a registered user by EC2 access key.")
final class RemoveUserCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @ParentCommand
    UsersCommand users;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ACCESS_KEY", description = "the EC2 access key of the user to remove")
    String accessKey;

    @Override
    public Integer call() {
        return users.withStore(spec, store -> {
            if (store.remove(accessKey)) {
                spec.commandLine().getOut().println("Removed user " + accessKey + ".");
                return 0;
            }
            spec.commandLine().getErr().println("error: no user has the access key " + accessKey + ".");
            return UsersCommand.FAILED;
        });
    }
}
