package dev.ec2gateway.actions.images;

import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * CloudStack's templates as one caller sees them. CloudStack lists a template once per zone that holds it
 * (same id each time); here each template appears once, the ready copy preferred, since an EC2 image
 * belongs to the whole region.
 */
final class Templates {
    /** Everything the caller may launch (ready templates only). */
    static final String EXECUTABLE = "executable";
    /** The caller's own templates, ready or not. */
    static final String SELF = "self";

    private Templates() {
    }

    /** The templates of these template filters, narrowed (id, name ...) and collapsed to one per id. */
    static List<CsTemplate> list(CloudStack cloudStack, List<String> templateFilters, UnaryOperator<Command> narrow) {
        Map<String, CsTemplate> byId = new LinkedHashMap<>();
        for (String filter : templateFilters) {
            Command command = narrow.apply(Command.of("listTemplates").with("templatefilter", filter));
            for (CsTemplate template : listNarrowed(cloudStack, command)) {
                byId.merge(template.id(), template, (kept, other) -> !kept.ready() && other.ready() ? other : kept);
            }
        }
        return List.copyOf(byId.values());
    }

    /** One template by UUID, whoever owns it, or {@code InvalidAMIID.NotFound}. */
    static CsTemplate find(CloudStack cloudStack, String uuid, String imageId) {
        return list(cloudStack, List.of(SELF, EXECUTABLE), c -> c.with("id", uuid)).stream().findFirst()
                .orElseThrow(() -> Ec2Ids.notFound(Kind.IMAGE, imageId));
    }

    /** The UUID behind an image id, listing what the caller can see on an id-index miss. */
    static String uuidOf(ResourceIds ids, CloudStack cloudStack, String imageId) {
        return ids.uuidOf(Kind.IMAGE, imageId, visibleUuids(cloudStack));
    }

    static Supplier<Collection<String>> visibleUuids(CloudStack cloudStack) {
        return () -> list(cloudStack, List.of(SELF, EXECUTABLE), c -> c).stream().map(CsTemplate::id).toList();
    }

    /** A UUID CloudStack no longer knows (the id index remembers deleted templates) answers 431, as nothing. */
    private static List<CsTemplate> listNarrowed(CloudStack cloudStack, Command command) {
        try {
            return cloudStack.list(command, "template", CsTemplate.class);
        } catch (CloudStackException e) {
            if (e.errorCode() == 431 && command.params().containsKey("id")) {
                return List.of();
            }
            throw e;
        }
    }
}
