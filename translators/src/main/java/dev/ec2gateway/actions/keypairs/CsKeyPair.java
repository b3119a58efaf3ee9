package dev.ec2gateway.actions.keypairs;

/** A key pair as CloudStack answers it ({@code privatekey} only from createSSHKeyPair). */
record CsKeyPair(String id, String name, String fingerprint, String privatekey) {
}
