package dev.ec2gateway.standin;

import java.time.Instant;

/** A ROOT or DATADISK volume; a data volume is Allocated until first attached, then Ready. */
final class Volume implements Owned {

    private final String id;
    private final String name;
    private final Account owner;
    private final Zone zone;
    private final boolean root;
    private final long size;
    private final DiskOffering diskOffering;
    private final Template template;
    private final ServiceOffering serviceOffering;
    private final Instant created;
    private String state;
    private Vm vm;
    private Integer deviceId;
    private String jobId;
    private Instant attached;

    Volume(String id, String name, Account owner, Zone zone, boolean root, long size, DiskOffering diskOffering,
           Template template, ServiceOffering serviceOffering, Instant created, String state) {
        this.id = id;
        this.name = name;
        this.owner = owner;
        this.zone = zone;
        this.root = root;
        this.size = size;
        this.diskOffering = diskOffering;
        this.template = template;
        this.serviceOffering = serviceOffering;
        this.created = created;
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

    String name() {
        return name;
    }

    Zone zone() {
        return zone;
    }

    boolean root() {
        return root;
    }

    String type() {
        return root ? "ROOT" : "DATADISK";
    }

    long size() {
        return size;
    }

    DiskOffering diskOffering() {
        return diskOffering;
    }

    Template template() {
        return template;
    }

    ServiceOffering serviceOffering() {
        return serviceOffering;
    }

    Instant created() {
        return created;
    }

    String state() {
        return state;
    }

    void setState(String value) {
        state = value;
    }

    Vm vm() {
        return vm;
    }

    Integer deviceId() {
        return deviceId;
    }

    void attach(Vm target, Integer device) {
        vm = target;
        deviceId = device;
    }

    /** Attaches a data volume by command, which CloudStack records with a date. */
    void attach(Vm target, Integer device, Instant at) {
        attach(target, device);
        attached = at;
    }

    Instant attached() {
        return attached;
    }

    void detach() {
        vm = null;
        deviceId = null;
        attached = null;
    }

    String jobId() {
        return jobId;
    }

    void setJobId(String value) {
        jobId = value;
    }
}
