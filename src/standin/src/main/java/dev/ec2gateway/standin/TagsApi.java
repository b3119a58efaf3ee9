package dev.ec2gateway.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Resource tags: created and deleted by jobs (whose errors fail the job), listed newest first. */
final class TagsApi {

    private static final String CMD = "org.apache.cloudstack.api.command.user.tag.";

    private TagsApi() {
    }

    static List<Command> commands() {
        return List.of(
                Command.user("createTags", TagsApi::create),
                Command.user("deleteTags", TagsApi::delete),
                Command.user("listTags", TagsApi::list));
    }

    private static ObjectNode create(Call call) {
        Params params = call.params();
        String type = params.required("resourcetype");
        List<String> ids = params.list("resourceids");
        if (ids.isEmpty()) {
            throw ApiError.missingParameter(params.command(), "resourceids");
        }
        List<Map<String, String>> tags = params.indexed("tags");
        if (tags.isEmpty()) {
            throw ApiError.missingParameter(params.command(), "tags");
        }
        AsyncJob job = call.jobs().create(call.caller(), CMD + "CreateTagsCmd", null, null);
        call.jobs().run(job, List.of(() -> {
            for (String id : ids) {
                Owned resource = resource(call, type, id);
                for (Map<String, String> tag : tags) {
                    String key = tag.get("key");
                    call.store().tags().removeIf(t -> t.resourceId().equals(id) && t.key().equals(key));
                    call.store().tags().add(0, new Tag(key, tag.getOrDefault("value", ""), type, resource.id(),
                            call.account()));
                }
            }
            return null;
        }), () -> { });
        return Jobs.jobId(job);
    }

    private static ObjectNode delete(Call call) {
        Params params = call.params();
        String type = params.required("resourcetype");
        List<String> ids = params.list("resourceids");
        if (ids.isEmpty()) {
            throw ApiError.missingParameter(params.command(), "resourceids");
        }
        List<Map<String, String>> wanted = params.indexed("tags");
        AsyncJob job = call.jobs().create(call.caller(), CMD + "DeleteTagsCmd", null, null);
        call.jobs().run(job, List.of(() -> {
            List<Tag> doomed = new ArrayList<>();
            for (String id : ids) {
                resource(call, type, id);
                for (Tag tag : call.store().tagsOf(id)) {
                    boolean matches = wanted.isEmpty() || wanted.stream().anyMatch(w -> w.get("key").equals(tag.key())
                            && (w.get("value") == null || w.get("value").equals(tag.value())));
                    if (matches) {
                        doomed.add(tag);
                    }
                }
            }
            if (doomed.isEmpty()) {
                throw ApiError.jobFailure(ApiError.INTERNAL_ERROR, "Failed to delete tags");
            }
            call.store().tags().removeAll(doomed);
            return null;
        }), () -> { });
        return Jobs.jobId(job);
    }

    private static Owned resource(Call call, String type, String id) {
        Store store = call.store();
        Map<String, ? extends Owned> table = switch (type) {
            case "UserVm" -> store.vms();
            case "Volume" -> store.volumes();
            case "Snapshot" -> store.snapshots();
            case "Template" -> store.templates();
            case "SecurityGroup" -> store.securityGroups();
            case "PublicIpAddress" -> store.publicIps();
            default -> throw ApiError.jobFailure(ApiError.PARAM_ERROR, "Invalid resource type " + type);
        };
        Owned resource = table.get(id);
        if (resource == null || resource instanceof Vm vm && !vm.visible()) {
            throw ApiError.jobFailure(ApiError.PARAM_ERROR, "Unable to find resource by uuid " + id + " and type "
                    + type);
        }
        if (resource.owner() != call.account()) {
            throw ApiError.jobFailure(ApiError.INTERNAL_ERROR,
                    "Caller does not have permission to operate with provided resource.");
        }
        return resource;
    }

    private static ObjectNode list(Call call) {
        Params params = call.params();
        Predicate<Tag> matches = t -> t.owner() == call.account()
                && params.get("resourcetype").map(t.resourceType()::equalsIgnoreCase).orElse(true)
                && params.get("resourceid").map(t.resourceId()::equals).orElse(true)
                && params.get("key").map(t.key()::equals).orElse(true)
                && params.get("value").map(t.value()::equals).orElse(true);
        List<Tag> found = call.store().tags().stream().filter(matches).toList();
        return Lists.answer(params, "tag", found, TagJson::listed);
    }
}
