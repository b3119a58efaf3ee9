package dev.ec2gateway.actions.instances;

/** EC2's state of an instance: its code and its name. */
public record InstanceState(Integer code, String name) {
    static final InstanceState PENDING = new InstanceState(0, "pending");
    static final InstanceState RUNNING = new InstanceState(16, "running");
    static final InstanceState SHUTTING_DOWN = new InstanceState(32, "shutting-down");
    static final InstanceState TERMINATED = new InstanceState(48, "terminated");
    static final InstanceState STOPPING = new InstanceState(64, "stopping");
    static final InstanceState STOPPED = new InstanceState(80, "stopped");
}
