package dev.ec2gateway.actions.images;

import dev.ec2gateway.actions.Page;
import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Ids;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import dev.ec2gateway.ec2.Filter;
import dev.ec2gateway.ec2.FilterSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * DescribeImages on listTemplates. The caller's own templates (templatefilter=self, pending ones too) and
 * everything it may launch (templatefilter=executable) together are what it can see; Owner and
 * ExecutableBy choose among them.
 */
final class ImageListing {
    private static final FilterSpec<Image> FILTERS = FilterSpec.<Image>builder()
            .field("image-id", Image::imageId)
            .field("name", Image::name)
            .field("state", Image::imageState)
            .field("architecture", Image::architecture)
            .field("is-public", Image::isPublic)
            .field("owner-id", Image::imageOwnerId)
            .field("image-type", Image::imageType)
            .field("platform", Image::platform)
            .field("root-device-type", Image::rootDeviceType)
            .field("root-device-name", Image::rootDeviceName)
            .field("virtualization-type", Image::virtualizationType)
            .field("hypervisor", Image::hypervisor)
            .field("description", Image::description)
            .field("manifest-location", Image::imageLocation)
            .tags(Image::tagSet)
            .build();

    private final ResourceIds ids;

    ImageListing(ResourceIds ids) {
        this.ids = ids;
    }

    DescribeImagesResult describeImages(DescribeImagesRequest request, CloudStack cloudStack) {
        if (!request.imageIds().isEmpty() && request.maxResults() != null) {
            throw Ec2Error.INVALID_PARAMETER_COMBINATION.with(
                    "The parameter ImageIds cannot be used with the parameter MaxResults");
        }
        Map<String, String> wanted = request.imageIds().isEmpty() ? Map.of()
                : ids.uuidsOf(Kind.IMAGE, request.imageIds(), Templates.visibleUuids(cloudStack));
        boolean selfOnly = !request.owners().isEmpty() && request.owners().stream().allMatch("self"::equals);
        boolean byId = !wanted.isEmpty();
        UnaryOperator<Command> narrow = narrowing(wanted, request.filters());
        List<CsTemplate> own = !byId && !request.executableBy().isEmpty() ? List.of()
                : Templates.list(cloudStack, List.of(Templates.SELF), narrow);
        List<CsTemplate> usable = !byId && selfOnly ? List.of()
                : Templates.list(cloudStack, List.of(Templates.EXECUTABLE), narrow);
        Set<String> ownIds = new HashSet<>();
        own.forEach(t -> ownIds.add(t.id()));
        List<CsTemplate> visible = new ArrayList<>(own);
        usable.stream().filter(t -> !ownIds.contains(t.id())).forEach(visible::add);

        Set<String> wantedUuids = Set.copyOf(wanted.values());
        for (Map.Entry<String, String> entry : wanted.entrySet()) {
            if (visible.stream().noneMatch(t -> t.id().equals(entry.getValue()))) {
                throw Ec2Ids.notFound(Kind.IMAGE, entry.getKey());
            }
        }
        List<Image> images = visible.stream()
                .filter(t -> wantedUuids.isEmpty() || wantedUuids.contains(t.id()))
                .filter(owners(request.owners(), ownIds))
                .filter(executableBy(request.executableBy()))
                .map(ImageView::of)
                .filter(FILTERS.predicate(request.filters()))
                .toList();
        Page<Image> page = Page.of(images, request.maxResults(), request.nextToken(), 5, 1000);
        return new DescribeImagesResult(page.items(), page.nextToken());
    }

    /** Pushes a single id and an exact single name down to CloudStack; everything is checked again here anyway. */
    private static UnaryOperator<Command> narrowing(Map<String, String> wanted, List<Filter> filters) {
        String id = wanted.size() == 1 ? wanted.values().iterator().next() : null;
        String name = filters.stream()
                .filter(f -> f.name().equals("name") && f.values().size() == 1)
                .map(f -> f.values().get(0))
                .filter(v -> !v.contains("*") && !v.contains("?") && !v.contains("\\"))
                .findFirst().orElse(null);
        return command -> command.with("id", id).with("name", name);
    }

    /** Owner.N: self (the caller's own), an account name, or amazon/all (no restriction: whatever is visible). */
    private static Predicate<CsTemplate> owners(List<String> owners, Set<String> ownIds) {
        if (owners.isEmpty() || owners.contains("all") || owners.contains("amazon")) {
            return t -> true;
        }
        return t -> (owners.contains("self") && ownIds.contains(t.id())) || owners.contains(t.account());
    }

    /**
     * ExecutableBy.N: what can be launched (ready templates); "all" only the public ones. Who else may launch a
     * template is not visible to a regular user, so another account's id does not narrow further.
     */
    private static Predicate<CsTemplate> executableBy(List<String> executableBy) {
        if (executableBy.isEmpty()) {
            return t -> true;
        }
        boolean publicOnly = executableBy.stream().allMatch("all"::equals);
        return t -> t.ready() && (!publicOnly || Boolean.TRUE.equals(t.ispublic()));
    }
}
