package dev.ec2gateway.standin;

/** A resource that belongs to one account; other accounts may neither see nor touch it. */
interface Owned {

    String id();

    Account owner();
}
