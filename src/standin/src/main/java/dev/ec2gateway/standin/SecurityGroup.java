package dev.ec2gateway.standin;

import java.util.ArrayList;
import java.util.List;

/** A security group of an account; every account has one named {@code default}. */
final class SecurityGroup implements Owned {

    private final String id;
    private final String name;
    private final String description;
    private final Account owner;
    private final List<SecurityGroupRule> ingress = new ArrayList<>();
    private final List<SecurityGroupRule> egress = new ArrayList<>();

    SecurityGroup(String id, String name, String description, Account owner) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.owner = owner;
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

    String description() {
        return description;
    }

    List<SecurityGroupRule> ingress() {
        return ingress;
    }

    List<SecurityGroupRule> egress() {
        return egress;
    }
}
