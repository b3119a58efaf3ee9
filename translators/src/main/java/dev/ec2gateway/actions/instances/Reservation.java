package dev.ec2gateway.actions.instances;

import java.util.List;

/** The instances one RunInstances launched, with their reservation id and owner. */
public record Reservation(String reservationId, String ownerId, List<GroupIdentifier> groupSet,
                          List<Instance> instancesSet) {
    public Reservation {
        groupSet = List.copyOf(groupSet);
        instancesSet = List.copyOf(instancesSet);
    }
}
