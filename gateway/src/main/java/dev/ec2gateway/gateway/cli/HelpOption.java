package dev.ec2gateway.gateway.cli;

import picocli.CommandLine.Option;

/** The {@code -h/--help} option of every admin command (they have no version of their own to show). */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
