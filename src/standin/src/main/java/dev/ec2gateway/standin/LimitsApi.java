package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/** Per-account resource limits: listed by users, changed by the admin. */
final class LimitsApi {

    private LimitsApi() {
    }

    static List<Command> commands() {
        return List.of(
                Command.user("listResourceLimits", LimitsApi::list),
                Command.admin("updateResourceLimit", LimitsApi::update));
    }

    private static ObjectNode list(Call call) {
        Params params = call.params();
        List<ResourceType> types = Arrays.stream(ResourceType.values())
                .filter(t -> params.get("resourcetype").map(String.valueOf(t.code())::equals).orElse(true))
                .filter(t -> params.get("resourcetypename").map(t.label()::equals).orElse(true))
                .toList();
        return Lists.answer(params, "resourcelimit", types, t -> render(call.account(), t));
    }

    private static ObjectNode update(Call call) {
        Params params = call.params();
        Account account = call.store().accountByName(params.required("account"))
                .orElseThrow(() -> ApiError.invalidValue("Unable to find account " + params.get("account").get()));
        long code = params.number("resourcetype").orElseThrow(() ->
                ApiError.missingParameter(params.command(), "resourcetype"));
        ResourceType type = Arrays.stream(ResourceType.values()).filter(t -> t.code() == code).findFirst()
                .orElseThrow(() -> ApiError.invalidValue("Please specify a valid resource type."));
        account.setLimit(type, params.number("max").orElse(-1L));
        return AccountsApi.wrap("resourcelimit", render(account, type));
    }

    private static ObjectNode render(Account account, ResourceType type) {
        ObjectNode node = Json.object();
        node.put("account", account.name());
        node.put("domainid", Seed.DOMAIN_ID);
        node.put("domain", "ROOT");
        node.put("domainpath", "/");
        node.put("resourcetype", String.valueOf(type.code()));
        node.put("resourcetypename", type.label());
        node.put("max", account.limit(type));
        return node;
    }
}
