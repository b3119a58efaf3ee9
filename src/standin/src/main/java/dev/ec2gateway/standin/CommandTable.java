package dev.ec2gateway.standin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** All commands the stand-in knows, by case-insensitive name; registering a name twice fails. */
final class CommandTable {

    private final Map<String, Command> commands = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    CommandTable register(List<Command> group) {
        for (Command command : group) {
            if (commands.putIfAbsent(command.name(), command) != null) {
                throw new IllegalStateException("command registered twice: " + command.name());
            }
        }
        return this;
    }

    Optional<Command> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** Admin commands CloudStack has but the stand-in does not implement: a user gets 432, not 401. */
    static boolean knownAdminOnly(String name) {
        return List.of("listhosts", "listclusters", "listpods", "liststoragepools", "listsystemvms",
                "listrouters", "listconfigurations", "updateconfiguration", "listdomains", "createdomain",
                "deleteaccount", "deleteuser").contains(name.toLowerCase());
    }
}
