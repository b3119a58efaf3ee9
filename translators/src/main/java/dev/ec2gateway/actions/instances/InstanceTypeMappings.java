package dev.ec2gateway.actions.instances;

import java.util.Map;

/**
 * The instance types an admin mapped to compute offerings (by offering name or id), overriding the
 * default rule that a type is the offering of that name.
 */
public interface InstanceTypeMappings {
    /** Instance type → offering name or id. */
    Map<String, String> all();

    /** No mappings: every instance type is the offering of its name. */
    static InstanceTypeMappings none() {
        return Map::of;
    }
}
