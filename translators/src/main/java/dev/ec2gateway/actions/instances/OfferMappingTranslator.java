package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import java.util.List;

/**
 * SetOfferMapping and DeleteOfferMapping, the old bridge's admin calls, on the same mappings as
 * {@code ec2-gateway offerings}. Only a CloudStack root admin may call them: the caller proves it by
 * being allowed CloudStack's admin-only getUser for its own API key and being of account type 1.
 */
public final class OfferMappingTranslator {
    private static final int ROOT_ADMIN = 1;

    private final InstanceTypeMappingStore mappings;

    public OfferMappingTranslator(InstanceTypeMappingStore mappings) {
        this.mappings = mappings;
    }

    public OfferMappingResult setOfferMapping(SetOfferMappingRequest request, CallContext context) {
        requireRootAdmin(context);
        List<CsOffering> offerings = context.cloudStack().list(Command.of("listServiceOfferings"),
                "serviceoffering", CsOffering.class);
        if (offerings.stream().noneMatch(o -> o.name().equals(request.offering()) || o.id().equals(request.offering()))) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("There is no compute offering '" + request.offering() + "'.");
        }
        mappings.map(request.instanceType(), request.offering());
        return new OfferMappingResult(true);
    }

    public OfferMappingResult deleteOfferMapping(DeleteOfferMappingRequest request, CallContext context) {
        requireRootAdmin(context);
        if (!mappings.unmap(request.instanceType())) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("The instance type '" + request.instanceType()
                    + "' is not mapped.");
        }
        return new OfferMappingResult(true);
    }

    private static void requireRootAdmin(CallContext context) {
        CsCaller caller;
        try {
            caller = context.cloudStack().get(Command.of("getUser").with("userapikey", context.cloudStackApiKey()),
                    "user", CsCaller.class);
        } catch (CloudStackException e) {
            if (e.errorCode() == 401 || e.errorCode() == 432) {
                throw Ec2Error.UNAUTHORIZED_OPERATION.with("Only a CloudStack root admin may change offer mappings.");
            }
            throw e;
        }
        if (caller.accounttype() == null || caller.accounttype() != ROOT_ADMIN) {
            throw Ec2Error.UNAUTHORIZED_OPERATION.with("Only a CloudStack root admin may change offer mappings.");
        }
    }

    record CsCaller(String id, Integer accounttype) {
    }

    record CsOffering(String id, String name) {
    }
}
