package dev.ec2gateway.actions.instances;

import java.util.List;

public record RunInstancesResult(String reservationId, String ownerId, List<GroupIdentifier> groupSet,
                                 List<Instance> instancesSet) {
    static RunInstancesResult of(Reservation reservation) {
        return new RunInstancesResult(reservation.reservationId(), reservation.ownerId(), reservation.groupSet(),
                reservation.instancesSet());
    }
}
