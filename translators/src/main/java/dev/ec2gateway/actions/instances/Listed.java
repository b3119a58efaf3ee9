package dev.ec2gateway.actions.instances;

/** One instance found for a caller, with what groups it into reservations. */
record Listed(String uuid, String reservationId, String ownerId, Instance instance) {
    Listed withInstance(Instance changed) {
        return new Listed(uuid, reservationId, ownerId, changed);
    }
}
