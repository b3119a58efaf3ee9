package dev.ec2gateway.actions.keypairs;

import dev.ec2gateway.ec2.Ec2Error;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/** An OpenSSH public key line ({@code type base64 [comment]}), checked the way EC2 checks imports. */
record OpenSshPublicKey(String type, String line) {
    private static final Set<String> TYPES = Set.of("ssh-rsa", "ssh-ed25519", "ecdsa-sha2-nistp256",
            "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521");

    /** Parses the decoded PublicKeyMaterial; anything but a well-formed key is {@code InvalidKey.Format}. */
    static OpenSshPublicKey parse(byte[] material) {
        String line = new String(material, StandardCharsets.UTF_8).strip();
        String[] parts = line.split("\\s+");
        if (parts.length < 2 || !TYPES.contains(parts[0])) {
            throw Ec2Error.INVALID_KEY_FORMAT.with();
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw Ec2Error.INVALID_KEY_FORMAT.with();
        }
        if (!parts[0].equals(firstString(blob))) {
            throw Ec2Error.INVALID_KEY_FORMAT.with();
        }
        return new OpenSshPublicKey(parts[0], parts[0] + " " + parts[1] + (parts.length > 2 ? " " + parts[2] : ""));
    }

    /** The key type as EC2 names it. */
    String ec2Type() {
        return type.equals("ssh-ed25519") ? "ed25519" : type.equals("ssh-rsa") ? "rsa" : "ecdsa";
    }

    private static String firstString(byte[] blob) {
        if (blob.length < 4) {
            return "";
        }
        ByteBuffer buffer = ByteBuffer.wrap(blob);
        int length = buffer.getInt();
        if (length <= 0 || length > buffer.remaining()) {
            return "";
        }
        byte[] name = new byte[length];
        buffer.get(name);
        return new String(name, StandardCharsets.US_ASCII);
    }
}
