package dev.ec2gateway.standin;

/** An SSH key pair registered for an account (the stand-in keeps only the public half). */
record KeyPair(String id, String name, Account owner, String publicKey, String fingerprint) implements Owned {
}
