package dev.ec2gateway.gateway.config;

/** Whatever resolves the settings for a command (the main command, for its admin subcommands). */
@FunctionalInterface
public interface ConfigSource {
    GatewayConfig config();
}
