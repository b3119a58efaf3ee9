package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Authenticates a call, finds its command and turns the outcome into CloudStack's answer. */
final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final String UNAUTHENTICATED = "unable to verify user credentials and/or request signature";

    private final Store store;
    private final JobEngine jobs;
    private final CommandTable commands;

    Dispatcher(Store store, JobEngine jobs, CommandTable commands) {
        this.store = store;
        this.jobs = jobs;
        this.commands = commands;
    }

    Answer dispatch(Map<String, String> raw) {
        Params params = new Params(raw);
        String name = params.get("command").orElse("");
        String responseKey = name.toLowerCase() + "response";
        Optional<Command> command = commands.find(name);
        synchronized (store) {
            Optional<User> caller = authenticate(raw, params);
            if (command.isEmpty() && !(caller.isPresent() && CommandTable.knownAdminOnly(name))) {
                return unauthenticated("errorresponse");
            }
            if (caller.isEmpty()) {
                return unauthenticated(responseKey);
            }
            if (command.isEmpty() || command.get().adminOnly() && !caller.get().account().isAdmin()) {
                return Answer.error("errorresponse", new ApiError(ApiError.NOT_ALLOWED, ApiError.CS_GENERIC,
                        "The API [" + name + "] does not exist or is not available for the account for user id ["
                                + caller.get().id() + "]."), true);
            }
            return run(command.get(), new Call(caller.get(), params, store, jobs), responseKey);
        }
    }

    private Answer run(Command command, Call call, String responseKey) {
        try {
            ObjectNode inner = command.handler().handle(call);
            ObjectNode body = Json.object();
            body.set(responseKey, inner);
            return new Answer(200, body);
        } catch (ApiError error) {
            return Answer.error(responseKey, error, true);
        } catch (RuntimeException e) {
            LOG.warn("command {} failed", command.name(), e);
            return Answer.error(responseKey, new ApiError(ApiError.INTERNAL_ERROR, ApiError.CS_GENERIC,
                    "Internal error executing command, please contact your system administrator"), true);
        }
    }

    private Optional<User> authenticate(Map<String, String> raw, Params params) {
        Optional<String> apiKey = params.get("apiKey");
        Optional<String> signature = params.get("signature");
        if (apiKey.isEmpty() || signature.isEmpty()) {
            return Optional.empty();
        }
        Optional<User> user = store.userByApiKey(apiKey.get());
        if (user.isEmpty() || !user.get().enabled() || !user.get().account().enabled()) {
            return Optional.empty();
        }
        boolean valid = SignatureVerifier.verify(raw, signature.get(), user.get().secretKey(), store.now());
        return valid ? user : Optional.empty();
    }

    private static Answer unauthenticated(String responseKey) {
        return Answer.error(responseKey, new ApiError(401, 0, UNAUTHENTICATED), false);
    }
}
