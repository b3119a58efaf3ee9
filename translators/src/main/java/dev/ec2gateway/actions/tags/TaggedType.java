package dev.ec2gateway.actions.tags;

import dev.ec2gateway.actions.Tags;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.util.Arrays;
import java.util.Optional;

/** The resource types EC2 tags and CloudStack can tag: EC2's name, the id kind, CloudStack's type. */
enum TaggedType {
    INSTANCE("instance", Kind.INSTANCE),
    VOLUME("volume", Kind.VOLUME),
    SNAPSHOT("snapshot", Kind.SNAPSHOT),
    IMAGE("image", Kind.IMAGE),
    SECURITY_GROUP("security-group", Kind.SECURITY_GROUP),
    ELASTIC_IP("elastic-ip", Kind.ALLOCATION);

    private final String ec2Name;
    private final Kind kind;

    TaggedType(String ec2Name, Kind kind) {
        this.ec2Name = ec2Name;
        this.kind = kind;
    }

    String ec2Name() {
        return ec2Name;
    }

    Kind kind() {
        return kind;
    }

    String cloudStackType() {
        return Tags.resourceTypeOf(kind);
    }

    /** The type of an EC2 id kind; kinds CloudStack cannot tag are InvalidParameterValue. */
    static TaggedType of(Kind kind) {
        String cloudStackType = Tags.resourceTypeOf(kind);
        return ofCloudStack(cloudStackType).orElseThrow();
    }

    static Optional<TaggedType> ofEc2Name(String name) {
        return Arrays.stream(values()).filter(t -> t.ec2Name.equals(name)).findFirst();
    }

    /** CloudStack names its types in varying case ({@code UserVm}, {@code userVm}). */
    static Optional<TaggedType> ofCloudStack(String resourceType) {
        return Arrays.stream(values()).filter(t -> t.cloudStackType().equalsIgnoreCase(resourceType)).findFirst();
    }
}
