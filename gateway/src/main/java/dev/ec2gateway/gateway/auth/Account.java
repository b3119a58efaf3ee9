package dev.ec2gateway.gateway.auth;

import dev.ec2gateway.cloudstack.CloudStackCredentials;

/** A caller the gateway knows: the EC2 key pair it signs with and the CloudStack keys it acts with. */
public record Account(String accessKey, String secretKey, CloudStackCredentials cloudStack) {
    @Override
    public String toString() {
        return "Account[accessKey=" + accessKey + "]";
    }
}
