package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Listing templates with CloudStack's template filters, and registering templates from a URL. */
final class TemplatesApi {

    /** The simulator "downloads" every registered template as a 5 MB image. */
    private static final long REGISTERED_SIZE = 5L * 1024 * 1024;

    private TemplatesApi() {
    }

    static List<Command> commands() {
        return List.of(
                Command.user("listTemplates", TemplatesApi::listTemplates),
                Command.user("registerTemplate", TemplatesApi::registerTemplate));
    }

    /** A template in one zone; built-in templates are listed once per zone. */
    record Placed(Template template, Zone zone) {
    }

    private static ObjectNode listTemplates(Call call) {
        Params params = call.params();
        String filter = params.required("templatefilter");
        Account me = call.account();
        Predicate<Template> byFilter = switch (filter.toLowerCase()) {
            case "featured" -> t -> t.featured() && t.isPublic();
            case "self", "selfexecutable" -> t -> t.owner() == me;
            case "sharedexecutable" -> t -> t.sharedWith().contains(me);
            case "community" -> t -> t.isPublic() && !t.featured() && t.owner() != me;
            case "executable" -> t -> t.usableBy(me) && t.ready();
            case "all" -> t -> me.isAdmin() || t.usableBy(me);
            default -> throw ApiError.invalidValue("Invalid template filter: " + filter);
        };
        Zone zone = params.uuid("zoneid").map(id -> call.existingById("zoneid", id, call.store().zones()))
                .orElse(null);
        Predicate<Template> matches = byFilter.and(t -> !t.removed())
                .and(t -> params.get("id").map(t.id()::equals).orElse(true))
                .and(t -> params.get("name").map(t.name()::equals).orElse(true))
                .and(Tags.filter(call.store(), params));
        List<Placed> placed = new ArrayList<>();
        for (Template template : call.store().templates().values()) {
            if (!matches.test(template)) {
                continue;
            }
            for (Zone z : call.store().zones().values()) {
                boolean inZone = template.builtIn() || template.zone() == z;
                if (inZone && (zone == null || zone == z)) {
                    placed.add(new Placed(template, z));
                }
            }
        }
        return Lists.answer(params, "template", placed,
                p -> TemplateJson.render(p.template(), p.zone(), call.store()));
    }

    private static ObjectNode registerTemplate(Call call) {
        Params params = call.params();
        for (String required : List.of("displaytext", "format", "hypervisor", "name", "url", "zoneid")) {
            params.required(required);
        }
        Zone zone = call.existing("zoneid", call.store().zones());
        OsType osType = call.existing("ostypeid", call.store().osTypes());
        String url = params.required("url");
        String host = URI.create(url).getHost();
        if (host == null || host.endsWith(".invalid")) {
            throw new ApiError(ApiError.PARAM_ERROR, ApiError.CS_GENERIC, "Unable to resolve " + host + ".");
        }
        new ResourceUsage(call.store(), call.account()).check(ResourceType.TEMPLATE, 1);
        Template template = new Template(call.store().newId(), params.required("name"),
                params.required("displaytext"), zone, call.account(), osType, params.flag("passwordenabled"),
                params.required("format").toUpperCase(), REGISTERED_SIZE, call.store().now(), null);
        template.setUrl(url);
        template.setPublic(params.flag("ispublic"));
        call.store().templates().put(template.id(), template);
        return Lists.answer(params, "template", List.of(template),
                t -> TemplateJson.render(t, zone, call.store()));
    }
}
