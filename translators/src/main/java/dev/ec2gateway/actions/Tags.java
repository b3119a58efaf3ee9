package dev.ec2gateway.actions;

import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import dev.ec2gateway.ec2.Tag;
import java.util.List;
import java.util.Map;

/**
 * Resource tags between EC2 and CloudStack: the CloudStack resource type of each taggable EC2 id kind,
 * the createTags/deleteTags commands, and tags read from CloudStack objects.
 */
public final class Tags {
    private static final Map<Kind, String> RESOURCE_TYPES = Map.of(
            Kind.INSTANCE, "UserVm",
            Kind.VOLUME, "Volume",
            Kind.SNAPSHOT, "Snapshot",
            Kind.IMAGE, "Template",
            Kind.SECURITY_GROUP, "SecurityGroup",
            Kind.ALLOCATION, "PublicIpAddress");

    private Tags() {
    }

    /** CloudStack's resource type for a kind of EC2 id; kinds CloudStack cannot tag are InvalidParameterValue. */
    public static String resourceTypeOf(Kind kind) {
        String type = RESOURCE_TYPES.get(kind);
        if (type == null) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("Resources of type '" + kind.prefix() + "' cannot be tagged.");
        }
        return type;
    }

    /** createTags for some objects of one type (an async command: submit it). */
    public static Command createTags(String resourceType, List<String> uuids, List<Tag> tags) {
        Command command = Command.of("createTags").with("resourcetype", resourceType).withList("resourceids", uuids);
        for (int i = 0; i < tags.size(); i++) {
            command = command.with("tags[" + i + "].key", tags.get(i).key())
                    .with("tags[" + i + "].value", tags.get(i).value() == null ? "" : tags.get(i).value());
        }
        return command;
    }

    /** EC2's tags from the tags CloudStack lists inside an object (never null). */
    public static List<Tag> fromCloudStack(List<CsTag> tags) {
        return tags == null ? List.of() : tags.stream().map(t -> new Tag(t.key(), t.value())).toList();
    }

    /** A tag as CloudStack shows it, inside an object or in listTags. */
    public record CsTag(String key, String value, String resourcetype, String resourceid) {
    }
}
