package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Listing templates with CloudStack's template filters. */
final class TemplatesApi {

    private TemplatesApi() {
    }

    static List<Command> commands() {
        return List.of(Command.user("listTemplates", TemplatesApi::listTemplates));
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
                .and(t -> params.get("name").map(t.name()::equals).orElse(true));
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
}
