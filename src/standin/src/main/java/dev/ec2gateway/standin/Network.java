package dev.ec2gateway.standin;

import java.time.Instant;

/** A guest network: the Basic zone's shared one (no owner) or an account's isolated one. */
final class Network implements Owned {

    private final String id;
    private final String name;
    private final String displayText;
    private final Zone zone;
    private final NetworkOffering offering;
    private final Account owner;
    private final String cidrPrefix;
    private final Instant created;
    private final int vlan;
    private String state;
    private int nextHost = 100;

    Network(String id, String name, String displayText, Zone zone, NetworkOffering offering, Account owner,
            String cidrPrefix, Instant created, int vlan, String state) {
        this.id = id;
        this.name = name;
        this.displayText = displayText;
        this.zone = zone;
        this.offering = offering;
        this.owner = owner;
        this.cidrPrefix = cidrPrefix;
        this.created = created;
        this.vlan = vlan;
        this.state = state;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Account owner() {
        return owner;
    }

    boolean shared() {
        return owner == null;
    }

    String name() {
        return name;
    }

    String displayText() {
        return displayText;
    }

    Zone zone() {
        return zone;
    }

    NetworkOffering offering() {
        return offering;
    }

    String gateway() {
        return cidrPrefix + ".1";
    }

    String cidr() {
        return cidrPrefix + ".0/24";
    }

    String broadcastUri() {
        return shared() ? "vlan://untagged" : "vlan://" + vlan;
    }

    Instant created() {
        return created;
    }

    String state() {
        return state;
    }

    void setState(String newState) {
        state = newState;
    }

    String nextAddress() {
        return cidrPrefix + "." + nextHost++;
    }

    boolean visibleTo(Account account) {
        return shared() || owner == account;
    }
}
