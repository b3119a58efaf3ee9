package dev.ec2gateway.actions.addresses;

/** A zone as listZones answers it. */
record CsZone(String id, String name, String networktype) {

    boolean advanced() {
        return "Advanced".equalsIgnoreCase(networktype);
    }
}
