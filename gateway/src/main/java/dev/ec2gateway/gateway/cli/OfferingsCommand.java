package dev.ec2gateway.gateway.cli;

import dev.ec2gateway.gateway.config.ConfigException;
import dev.ec2gateway.gateway.config.ConfigSource;
import dev.ec2gateway.gateway.store.AccountStore;
import dev.ec2gateway.gateway.store.StoreException;
import dev.ec2gateway.gateway.store.StoredInstanceTypeMappings;
import java.util.Map;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The {@code offerings} admin command: maps EC2 instance types to CloudStack compute offerings. Without a
 * mapping an instance type is the offering of that name.
 */
@Command(name = "offerings",
        description = "Map EC2 instance types to CloudStack compute offerings (default: the offering of the type's"
                + " name).")
public final class OfferingsCommand {
    @Mixin
    HelpOption help;

    @ParentCommand
    ConfigSource parent;

    @Spec
    CommandSpec spec;

    @Command(name = "map", description = "Map an instance type to a compute offering (its name or id).")
    int map(@Parameters(paramLabel = "TYPE", description = "the EC2 instance type, e.g. m1.small") String type,
            @Parameters(paramLabel = "OFFERING", description = "the compute offering's name or id") String offering) {
        return withMappings(mappings -> {
            mappings.map(type, offering);
            spec.commandLine().getOut().println("Instance type " + type + " is the compute offering " + offering + ".");
            return 0;
        });
    }

    @Command(name = "unmap", description = "Remove the mapping of an instance type.")
    int unmap(@Parameters(paramLabel = "TYPE", description = "the EC2 instance type") String type) {
        return withMappings(mappings -> {
            if (mappings.unmap(type)) {
                spec.commandLine().getOut().println("Instance type " + type + " is the offering of its name again.");
                return 0;
            }
            spec.commandLine().getErr().println("error: the instance type " + type + " is not mapped.");
            return UsersCommand.FAILED;
        });
    }

    @Command(name = "list", description = "List the mapped instance types.")
    int list() {
        return withMappings(mappings -> {
            Map<String, String> all = mappings.all();
            if (all.isEmpty()) {
                spec.commandLine().getOut().println("No instance type is mapped: each is the offering of its name.");
            }
            all.forEach((type, offering) -> spec.commandLine().getOut().printf("%-16s %s%n", type, offering));
            return 0;
        });
    }

    private int withMappings(ToIntFunction<StoredInstanceTypeMappings> work) {
        try (AccountStore store = AccountStore.open(parent.config())) {
            return work.applyAsInt(store.instanceTypeMappings());
        } catch (StoreException | ConfigException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return UsersCommand.FAILED;
        }
    }
}
