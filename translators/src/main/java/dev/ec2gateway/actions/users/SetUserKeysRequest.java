package dev.ec2gateway.actions.users;

import dev.ec2gateway.ec2.Param;
import dev.ec2gateway.ec2.Required;

/** The old bridge's registration call: the CloudStack keys to register, as it named them. */
public record SetUserKeysRequest(
        @Required @Param("accesskey") String accessKey,
        @Required @Param("secretkey") String secretKey) {
    @Override
    public String toString() {
        return "SetUserKeysRequest[accessKey=" + accessKey + ", secretKey=***]";
    }
}
