package dev.ec2gateway.actions.users;

import dev.ec2gateway.cloudstack.CloudStackCredentials;

/** Where registered users are kept (the account store). */
public interface UserRegistry {
    /** Stores or replaces the user whose EC2 access key is {@code accessKey}. */
    void register(String accessKey, String secretKey, CloudStackCredentials cloudStack);
}
