package dev.ec2gateway.standin;

import java.time.Instant;

/** A public IP of the Advanced zone: an isolated network's source-NAT address or an associated one. */
final class PublicIp implements Owned {

    private final String id;
    private final String address;
    private final Account owner;
    private final Zone zone;
    private final Network network;
    private final boolean sourceNat;
    private final Instant allocated;
    private String state = "Allocating";
    private Vm staticNatVm;

    PublicIp(String id, String address, Account owner, Zone zone, Network network, boolean sourceNat,
             Instant allocated) {
        this.id = id;
        this.address = address;
        this.owner = owner;
        this.zone = zone;
        this.network = network;
        this.sourceNat = sourceNat;
        this.allocated = allocated;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Account owner() {
        return owner;
    }

    String address() {
        return address;
    }

    Zone zone() {
        return zone;
    }

    Network network() {
        return network;
    }

    boolean sourceNat() {
        return sourceNat;
    }

    Instant allocated() {
        return allocated;
    }

    String state() {
        return state;
    }

    void setState(String value) {
        state = value;
    }

    Vm staticNatVm() {
        return staticNatVm;
    }

    void setStaticNatVm(Vm vm) {
        staticNatVm = vm;
    }
}
