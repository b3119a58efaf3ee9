package dev.ec2gateway.actions.users;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;

/**
 * SetUserKeys: registers a CloudStack user's keys as EC2 keys. The request is signed with the very
 * keys it carries, and the keys are proved by calling CloudStack with them before anything is stored,
 * so nobody can register keys they do not hold.
 */
public final class UserKeysTranslator {
    private final UserRegistry registry;

    public UserKeysTranslator(UserRegistry registry) {
        this.registry = registry;
    }

    public SetUserKeysResult setUserKeys(SetUserKeysRequest request, CallContext context) {
        try {
            context.cloudStack().get(Command.of("listCapabilities"), "capability", CsCapability.class);
        } catch (CloudStackException e) {
            if (e.errorCode() == 401) {
                throw Ec2Error.AUTH_FAILURE.with("CloudStack does not accept these keys; nothing was registered.");
            }
            throw e;
        }
        registry.register(request.accessKey(), request.secretKey(),
                new CloudStackCredentials(request.accessKey(), request.secretKey()));
        return new SetUserKeysResult(true);
    }

    /** Only read to prove the keys work. */
    record CsCapability(String cloudstackversion) {
    }
}
