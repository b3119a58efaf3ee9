package dev.ec2gateway.actions.instances;

import java.util.Map;

/** The instance type mappings an admin can change (the account store keeps them). */
public interface InstanceTypeMappingStore extends InstanceTypeMappings {
    void map(String instanceType, String offering);

    /** False when the type was not mapped. */
    boolean unmap(String instanceType);

    /** Mappings kept in the given map (tests, and whoever has no account store). */
    static InstanceTypeMappingStore over(Map<String, String> map) {
        return new InstanceTypeMappingStore() {
            @Override
            public Map<String, String> all() {
                return Map.copyOf(map);
            }

            @Override
            public void map(String instanceType, String offering) {
                map.put(instanceType, offering);
            }

            @Override
            public boolean unmap(String instanceType) {
                return map.remove(instanceType) != null;
            }
        };
    }
}
