package dev.ec2gateway.gateway.dispatch;

import dev.ec2gateway.actions.Access;
import dev.ec2gateway.actions.Action;
import dev.ec2gateway.actions.ActionTable;
import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.CloudStackErrors;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.CloudStackUnavailableException;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.QueryBinder;
import dev.ec2gateway.gateway.auth.Account;
import dev.ec2gateway.wsdl.Ec2Actions;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The front-end-independent half of the request path: table lookup, parameter binding, the DryRun
 * check and the translator, with CloudStack's errors turned into EC2's. Both front ends (Query, SOAP)
 * authenticate first and then call {@link #dispatch}.
 */
public final class ActionDispatcher {
    private final ActionTable table;
    private final BiFunction<Account, CallObserver, CloudStack> cloudStackOf;

    /**
     * @param cloudStackOf CloudStack as a caller, reporting each CloudStack call to the observer
     */
    public ActionDispatcher(ActionTable table, BiFunction<Account, CallObserver, CloudStack> cloudStackOf) {
        this.table = table;
        this.cloudStackOf = cloudStackOf;
    }

    /** The row of an action; unknown names are InvalidAction, EC2 actions without a row UnsupportedOperation. */
    public Action<?, ?> find(String action) {
        return table.find(action).orElseThrow(() -> Ec2Actions.isKnown(action)
                ? Ec2Error.UNSUPPORTED_OPERATION.with(action)
                : Ec2Error.INVALID_ACTION.with(action));
    }

    /** Whose keys a request for this action must be signed with. */
    public Access accessOf(String action) {
        return find(action).access();
    }

    /** Runs an authenticated call and returns its result record. */
    public Record dispatch(String action, Map<String, String> params, Account caller, String requestId,
                           CallObserver observer) {
        Action<?, ?> row = find(action);
        Record request = QueryBinder.bind(row.requestType(), params);
        if ("true".equalsIgnoreCase(params.get("DryRun"))) {
            throw Ec2Error.DRY_RUN_OPERATION.with();
        }
        CallContext context = new CallContext(requestId, caller.accessKey(), caller.cloudStack().apiKey(),
                cloudStackOf.apply(caller, observer));
        try {
            return row.run(request, context);
        } catch (CloudStackException e) {
            throw CloudStackErrors.toEc2(e);
        } catch (CloudStackUnavailableException e) {
            throw CloudStackErrors.toEc2(e);
        }
    }
}
