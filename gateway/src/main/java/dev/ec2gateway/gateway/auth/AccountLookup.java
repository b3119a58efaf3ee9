package dev.ec2gateway.gateway.auth;

import java.util.Optional;

/** Finds the account of an EC2 access key (the account store, possibly backed by CloudStack's admin lookup). */
@FunctionalInterface
public interface AccountLookup {
    Optional<Account> find(String accessKey);
}
