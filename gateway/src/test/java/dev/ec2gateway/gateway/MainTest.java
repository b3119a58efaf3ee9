package dev.ec2gateway.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
    private static final Set<String> ADMIN_COMMANDS = Set.of("users", "usage", "certificates", "offerings");

    @Test
    void aServerRunGetsTheCommandLineWithoutTheAdminCommands() {
        CommandLine commandLine = Main.commandLineFor(new String[] {"--port", "7080", "--data-dir", "/tmp/x",
                "--config=gateway.properties", "--region-name=users"});
        assertTrue(commandLine.getSubcommands().isEmpty(), commandLine.getSubcommands().keySet().toString());
    }

    @Test
    void everythingElseGetsTheWholeCommandLine() {
        String[][] others = {{"users", "list"}, {"--data-dir", "/tmp/x", "offerings", "list"}, {"--help"}, {"-h"},
                {"--version"}, {"-V"}, {"--no-such-flag"}, {"user"}, {"@arguments.txt"},
                // an admin command's name as an option's value is refused by the whole command line, as it was
                {"--region-name", "users"}, {"--port"}};
        for (String[] args : others) {
            assertEquals(ADMIN_COMMANDS, Main.commandLineFor(args).getSubcommands().keySet(), String.join(" ", args));
        }
        assertEquals(ADMIN_COMMANDS, Main.commandLine().getSubcommands().keySet());
    }

    @Test
    void helpAndErrorsReadAsFromTheWholeCommandLine() {
        for (String[] args : new String[][] {{"--help"}, {"--no-such-flag"}, {"user"}, {"--region-name", "users"}}) {
            assertEquals(printed(Main.commandLine(), args), printed(Main.commandLineFor(args), args), String.join(" ", args));
        }
        assertTrue(printed(Main.commandLineFor(new String[] {"--help"}), "--help").contains("offerings"));
    }

    @Test
    void aServerRunStillRefusesTheDemoFlag() {
        String[] args = {"--demo"};
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLineFor(args);
        commandLine.setErr(new PrintWriter(err, true));
        assertEquals(2, commandLine.execute(args));
        assertTrue(err.toString().contains("bin/ec2-gateway --demo"), err.toString());
    }

    private static String printed(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        int exit = commandLine.execute(args);
        return exit + "\n" + out;
    }
}
