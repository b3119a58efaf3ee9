package dev.ec2gateway.actions.securitygroups;

/** A source or destination group of a rule, the way CloudStack names it: its account and its name. */
record GroupRef(String account, String groupName) {
}
