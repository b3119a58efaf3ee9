package dev.ec2gateway.gateway.cli;

import dev.ec2gateway.gateway.store.RegisteredUser;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code users list}: a table of the registered users; never a secret. */
@Command(name = "list", description = "List the registered users (access key, CloudStack API key, created).")
final class ListUsersCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @ParentCommand
    UsersCommand users;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return users.withStore(spec, store -> {
            print(store.list(), spec.commandLine().getOut());
            return 0;
        });
    }

    static void print(List<RegisteredUser> registered, PrintWriter out) {
        if (registered.isEmpty()) {
            out.println("No users are registered.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ACCESS KEY", "CLOUDSTACK API KEY", "CREATED"});
        for (RegisteredUser user : registered) {
            rows.add(new String[] {user.accessKey(), user.cloudStackApiKey(),
                    user.created().truncatedTo(ChronoUnit.SECONDS).toString()});
        }
        int first = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int second = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        for (String[] row : rows) {
            out.println(String.format("%-" + first + "s  %-" + second + "s  %s", row[0], row[1], row[2]));
        }
    }
}
