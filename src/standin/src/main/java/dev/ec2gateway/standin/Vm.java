package dev.ec2gateway.standin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A user VM with its single guest NIC; mutable fields change only under the store's lock. */
final class Vm implements Owned {

    private final String id;
    private final long internalId;
    private final String name;
    private final User creator;
    private final Zone zone;
    private final Template template;
    private final Network network;
    private final String nicId;
    private final List<SecurityGroup> securityGroups;
    private final Instant created;
    private final Map<String, String> details = new LinkedHashMap<>();
    private final List<String> keyPairNames = new ArrayList<>();
    private String displayName;
    private ServiceOffering offering;
    private VmState state = VmState.Stopped;
    private Instant lastUpdated;
    private String ipAddress;
    private String macAddress;
    private String userData;
    private String plainPassword;
    private String jobId;
    private Volume rootVolume;
    private PublicIp staticNatIp;

    Vm(String id, long internalId, String name, String displayName, User creator, Zone zone, Template template,
       ServiceOffering offering, Network network, String nicId, List<SecurityGroup> securityGroups,
       Instant created) {
        this.id = id;
        this.internalId = internalId;
        this.name = name;
        this.displayName = displayName;
        this.creator = creator;
        this.zone = zone;
        this.template = template;
        this.offering = offering;
        this.network = network;
        this.nicId = nicId;
        this.securityGroups = securityGroups;
        this.created = created;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Account owner() {
        return creator.account();
    }

    long internalId() {
        return internalId;
    }

    String name() {
        return name;
    }

    String displayName() {
        return displayName;
    }

    void setDisplayName(String value) {
        displayName = value;
    }

    User creator() {
        return creator;
    }

    Zone zone() {
        return zone;
    }

    Template template() {
        return template;
    }

    ServiceOffering offering() {
        return offering;
    }

    void setOffering(ServiceOffering value) {
        offering = value;
    }

    Network network() {
        return network;
    }

    String nicId() {
        return nicId;
    }

    List<SecurityGroup> securityGroups() {
        return securityGroups;
    }

    Instant created() {
        return created;
    }

    Map<String, String> details() {
        return details;
    }

    List<String> keyPairNames() {
        return keyPairNames;
    }

    VmState state() {
        return state;
    }

    void setState(VmState newState, Instant at) {
        state = newState;
        if (newState == VmState.Starting || newState == VmState.Running) {
            lastUpdated = at;
        }
    }

    /** Null until the VM first started. */
    Instant lastUpdated() {
        return lastUpdated;
    }

    boolean everStarted() {
        return lastUpdated != null;
    }

    String ipAddress() {
        return ipAddress;
    }

    String macAddress() {
        return macAddress;
    }

    void assignAddress(String ip, String mac) {
        ipAddress = ip;
        macAddress = mac;
    }

    String userData() {
        return userData;
    }

    void setUserData(String value) {
        userData = value;
    }

    String plainPassword() {
        return plainPassword;
    }

    void setPlainPassword(String value) {
        plainPassword = value;
    }

    String jobId() {
        return jobId;
    }

    void setJobId(String value) {
        jobId = value;
    }

    Volume rootVolume() {
        return rootVolume;
    }

    void setRootVolume(Volume volume) {
        rootVolume = volume;
    }

    PublicIp staticNatIp() {
        return staticNatIp;
    }

    void setStaticNatIp(PublicIp ip) {
        staticNatIp = ip;
    }

    /** Destroyed and expunging VMs are hidden from a regular user's lists. */
    boolean visible() {
        return state != VmState.Destroyed && state != VmState.Expunging;
    }
}
