package dev.ec2gateway.gateway.store;

import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.gateway.config.GatewayConfig;

/** Makes a CloudStack client for the configured endpoint, signing every call with the given keys. */
@FunctionalInterface
public interface CloudStackConnector {
    CloudStack connect(GatewayConfig config, CloudStackCredentials credentials);
}
