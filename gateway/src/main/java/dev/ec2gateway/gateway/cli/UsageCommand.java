package dev.ec2gateway.gateway.cli;

import dev.ec2gateway.gateway.config.ConfigException;
import dev.ec2gateway.gateway.config.ConfigSource;
import dev.ec2gateway.gateway.store.AccountStore;
import dev.ec2gateway.gateway.store.StoreException;
import dev.ec2gateway.gateway.store.UsageCount;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code usage} admin command: the per-account call counts, per UTC day, action and outcome. */
@Command(name = "usage", description = {"List the calls made per access key, UTC day, EC2 action and outcome",
    "(ok or the EC2 error code). A running gateway adds its counts every usage.flush.seconds."})
public final class UsageCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @ParentCommand
    ConfigSource parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--access-key", paramLabel = "KEY", description = "only this access key's calls")
    String accessKey;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "first day (default: 30 days ago)")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "last day (default: today, UTC)")
    LocalDate until;

    private Clock clock = Clock.systemUTC();

    /** The command reading "today" from this clock (tests). */
    UsageCommand at(Clock clock) {
        this.clock = clock;
        return this;
    }

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate last = until == null ? today : until;
        LocalDate first = since == null ? last.minusDays(30) : since;
        try (AccountStore store = AccountStore.open(parent.config())) {
            print(store.usage().list(Optional.ofNullable(accessKey), first, last), spec.commandLine().getOut());
            return 0;
        } catch (StoreException | ConfigException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return UsersCommand.FAILED;
        }
    }

    static void print(List<UsageCount> counts, PrintWriter out) {
        if (counts.isEmpty()) {
            out.println("No calls recorded in that period.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"DAY", "ACCESS KEY", "ACTION", "OUTCOME", "CALLS"});
        for (UsageCount count : counts) {
            rows.add(new String[] {count.day().toString(), count.accessKey(), count.action(), count.outcome(),
                Long.toString(count.calls())});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        String format = "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %-" + widths[3] + "s  %s";
        for (String[] row : rows) {
            out.println(String.format(format, (Object[]) row));
        }
    }
}
