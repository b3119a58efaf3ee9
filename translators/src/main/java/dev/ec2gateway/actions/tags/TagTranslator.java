package dev.ec2gateway.actions.tags;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.Page;
import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.actions.Tags;
import dev.ec2gateway.actions.Tags.CsTag;
import dev.ec2gateway.cloudstack.AsyncJob;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Filter;
import dev.ec2gateway.ec2.FilterSpec;
import dev.ec2gateway.ec2.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CreateTags, DeleteTags and DescribeTags on CloudStack's resource tags. The resource type of each id
 * comes from its EC2 prefix. createTags and deleteTags are CloudStack jobs; EC2 answers {@code true} only
 * once the tags are in place and reports failures as errors, so these two wait (bounded) for their jobs.
 */
public final class TagTranslator {
    private static final FilterSpec<TagDescription> FILTERS = FilterSpec.<TagDescription>builder()
            .field("resource-id", TagDescription::resourceId)
            .field("resource-type", TagDescription::resourceType)
            .field("key", TagDescription::key)
            .field("value", TagDescription::value)
            .build();

    private final ResourceIds ids;

    public TagTranslator(ResourceIds ids) {
        this.ids = ids;
    }

    /**
     * EC2 overwrites a key a resource already has; CloudStack refuses a second tag with the same key, so
     * such keys are deleted first.
     */
    public CreateTagsResult createTags(CreateTagsRequest request, CallContext context) {
        request.tags().forEach(TagTranslator::requireValid);
        CloudStack cloudStack = context.cloudStack();
        Map<TaggedType, Map<String, String>> resources = resolve(request.resourceIds(), cloudStack);
        Set<String> keys = request.tags().stream().map(Tag::key).collect(Collectors.toSet());
        Map<AsyncJob, TaggedType> stale = new LinkedHashMap<>();
        resources.forEach((type, uuids) -> {
            List<String> holders = existing(cloudStack, type, uuids.values()).stream()
                    .filter(t -> keys.contains(t.key()))
                    .map(CsTag::resourceid)
                    .distinct()
                    .toList();
            if (!holders.isEmpty()) {
                List<Tag> keyOnly = keys.stream().map(k -> new Tag(k, null)).toList();
                stale.put(cloudStack.submit(deleteTags(type.cloudStackType(), holders, keyOnly)), type);
            }
        });
        awaitAll(cloudStack, stale, resources);
        Map<AsyncJob, TaggedType> jobs = new LinkedHashMap<>();
        resources.forEach((type, uuids) -> jobs.put(cloudStack.submit(
                Tags.createTags(type.cloudStackType(), List.copyOf(uuids.values()), request.tags())), type));
        awaitAll(cloudStack, jobs, resources);
        return new CreateTagsResult(true);
    }

    /** Tags the resources do not have are no error, as on EC2 (CloudStack's job would fail on them). */
    public DeleteTagsResult deleteTags(DeleteTagsRequest request, CallContext context) {
        CloudStack cloudStack = context.cloudStack();
        Map<TaggedType, Map<String, String>> resources = resolve(request.resourceIds(), cloudStack);
        Map<AsyncJob, TaggedType> jobs = new LinkedHashMap<>();
        resources.forEach((type, uuids) -> {
            List<String> holders = existing(cloudStack, type, uuids.values()).stream()
                    .filter(t -> request.tags().isEmpty() || request.tags().stream().anyMatch(w -> matches(w, t)))
                    .map(CsTag::resourceid)
                    .distinct()
                    .toList();
            if (!holders.isEmpty()) {
                jobs.put(cloudStack.submit(deleteTags(type.cloudStackType(), holders, request.tags())), type);
            }
        });
        awaitAll(cloudStack, jobs, resources);
        return new DeleteTagsResult(true);
    }

    public DescribeTagsResult describeTags(DescribeTagsRequest request, CallContext context) {
        CloudStack cloudStack = context.cloudStack();
        Command list = Command.of("listTags");
        try {
            list = pushDown(list, request.filters(), cloudStack);
        } catch (NothingMatches e) {
            return new DescribeTagsResult(List.of(), null);
        }
        List<TagDescription> all = new ArrayList<>();
        for (CsTag tag : cloudStack.list(list, "tag", CsTag.class)) {
            TaggedType.ofCloudStack(tag.resourcetype()).ifPresent(type -> all.add(new TagDescription(
                    Ec2Ids.of(type.kind(), tag.resourceid()), type.ec2Name(), tag.key(), tag.value())));
        }
        List<TagDescription> selected = all.stream().filter(FILTERS.predicate(request.filters())).toList();
        Page<TagDescription> page = Page.of(selected, request.maxResults(), request.nextToken(), 5, 1000);
        return new DescribeTagsResult(page.items(), page.nextToken());
    }

    /** CloudStack filters by one exact value; wildcards and alternatives stay with the FilterSpec. */
    private Command pushDown(Command list, List<Filter> filters, CloudStack cloudStack) {
        for (Filter filter : filters) {
            Optional<String> exact = exactValue(filter);
            if (exact.isEmpty()) {
                continue;
            }
            String value = exact.get();
            switch (filter.name()) {
                case "key" -> list = list.with("key", value);
                case "value" -> list = list.with("value", value);
                case "resource-type" -> list = list.with("resourcetype",
                        TaggedType.ofEc2Name(value).orElseThrow(NothingMatches::new).cloudStackType());
                case "resource-id" -> list = list.with("resourceid", uuidOrNothing(value, cloudStack));
                default -> {
                }
            }
        }
        return list;
    }

    private String uuidOrNothing(String ec2Id, CloudStack cloudStack) {
        try {
            Ec2Ids.Kind kind = Ec2Ids.kindOf(ec2Id).orElseThrow(NothingMatches::new);
            return ids.uuidOf(kind, ec2Id, CallersResources.of(TaggedType.of(kind).kind(), cloudStack));
        } catch (Ec2Exception e) {
            throw new NothingMatches();
        }
    }

    private static Optional<String> exactValue(Filter filter) {
        if (filter.values().size() != 1) {
            return Optional.empty();
        }
        String value = filter.values().get(0);
        return value.contains("*") || value.contains("?") || value.contains("\\") ? Optional.empty() : Optional.of(value);
    }

    /** The caller's ids by type, each EC2 id with its UUID; unknown prefixes are InvalidID. */
    private Map<TaggedType, Map<String, String>> resolve(List<String> resourceIds, CloudStack cloudStack) {
        Map<TaggedType, List<String>> byType = new LinkedHashMap<>();
        for (String id : resourceIds) {
            Ec2Ids.Kind kind = Ec2Ids.kindOf(id).orElseThrow(() -> Ec2Error.INVALID_ID.with(id));
            byType.computeIfAbsent(TaggedType.of(kind), t -> new ArrayList<>()).add(id);
        }
        Map<TaggedType, Map<String, String>> resolved = new LinkedHashMap<>();
        byType.forEach((type, ec2Ids) -> resolved.put(type,
                ids.uuidsOf(type.kind(), ec2Ids, CallersResources.of(type.kind(), cloudStack))));
        return resolved;
    }

    private static List<CsTag> existing(CloudStack cloudStack, TaggedType type, Collection<String> uuids) {
        Command list = Command.of("listTags").with("resourcetype", type.cloudStackType());
        if (uuids.size() == 1) {
            list = list.with("resourceid", uuids.iterator().next());
        }
        return cloudStack.list(list, "tag", CsTag.class).stream()
                .filter(t -> uuids.contains(t.resourceid()))
                .toList();
    }

    private static boolean matches(Tag wanted, CsTag tag) {
        return wanted.key().equals(tag.key()) && (wanted.value() == null || wanted.value().equals(tag.value()));
    }

    private static Command deleteTags(String resourceType, List<String> uuids, List<Tag> tags) {
        Command command = Command.of("deleteTags").with("resourcetype", resourceType).withList("resourceids", uuids);
        for (int i = 0; i < tags.size(); i++) {
            command = command.with("tags[" + i + "].key", tags.get(i).key())
                    .with("tags[" + i + "].value", tags.get(i).value());
        }
        return command;
    }

    /**
     * Submitted first, awaited after, so the jobs of several resource types run side by side. The id index
     * is shared by all callers, so an id may resolve to another account's object; CloudStack then fails the
     * job with a permission error (530/531), which EC2 answers as NotFound.
     */
    private static void awaitAll(CloudStack cloudStack, Map<AsyncJob, TaggedType> jobs,
                                 Map<TaggedType, Map<String, String>> resources) {
        for (AsyncJob job : jobs.keySet()) {
            try {
                cloudStack.await(job, null, Object.class);
            } catch (CloudStackException e) {
                if (e.errorCode() != 530 && e.errorCode() != 531) {
                    throw e;
                }
                TaggedType type = jobs.get(job);
                throw Ec2Ids.notFound(type.kind(), resources.get(type).keySet().iterator().next());
            }
        }
    }

    private static void requireValid(Tag tag) {
        if (tag.key() == null || tag.key().isEmpty() || tag.key().length() > 128) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("Tag keys must be 1 to 128 characters.");
        }
        if (tag.key().startsWith("aws:")) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("Tag keys starting with 'aws:' are reserved for internal use");
        }
        if (tag.value() != null && tag.value().length() > 256) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("Tag values may be at most 256 characters.");
        }
    }

    /** A pushed-down filter that no tag can match. */
    private static final class NothingMatches extends RuntimeException {
        NothingMatches() {
            super(null, null, false, false);
        }
    }
}
