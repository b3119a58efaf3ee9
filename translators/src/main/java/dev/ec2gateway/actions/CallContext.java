package dev.ec2gateway.actions;

import dev.ec2gateway.cloudstack.CloudStack;

/**
 * What a translator knows of the call it serves: the request id, the caller's EC2 access key, the
 * caller's CloudStack API key (never the secret), and CloudStack as that caller (signed with the
 * caller's own keys). Immutable, one per request.
 */
public record CallContext(String requestId, String accessKey, String cloudStackApiKey, CloudStack cloudStack) {
}
