package dev.ec2gateway.actions;

/** Whose keys sign and authorise an action. */
public enum Access {
    /** A registered caller, signed with that caller's EC2 secret; CloudStack calls use the caller's keys. */
    CALLER,
    /**
     * A request that registers the keys it carries ({@code accesskey}, {@code secretkey}) and is signed
     * with them; the translator proves them with CloudStack before anything is stored.
     */
    SELF_REGISTERING
}
