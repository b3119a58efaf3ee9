package dev.ec2gateway.standin;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.StringJoiner;
import javax.crypto.Cipher;

/** SSH key material: generated RSA key pairs, OpenSSH public keys, MD5 fingerprints, VM password encryption. */
final class SshKeys {

    /** A generated key pair: the OpenSSH public key and the PKCS#1 PEM private key. */
    record Generated(String publicKey, String privateKeyPem) {
    }

    private SshKeys() {
    }

    static Generated generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            java.security.KeyPair pair = generator.generateKeyPair();
            RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
            String openSsh = "ssh-rsa " + Base64.getEncoder().encodeToString(blob(publicKey));
            byte[] pkcs1 = Der.pkcs1FromPkcs8(pair.getPrivate().getEncoded());
            return new Generated(openSsh, pem(pkcs1));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The MD5 fingerprint, colon-separated hex, of the key blob (the second field of an OpenSSH public key).
     * Like CloudStack it decodes leniently, so a garbage key still gets a fingerprint.
     */
    static String fingerprint(String openSshKey) {
        String[] fields = openSshKey.trim().split("\\s+");
        String encoded = fields.length > 1 ? fields[1] : fields[0];
        byte[] blob = org.apache.commons.codec.binary.Base64.decodeBase64(encoded);
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(blob);
            StringJoiner hex = new StringJoiner(":");
            for (byte b : md5) {
                hex.add(String.format("%02x", b));
            }
            return hex.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key with its comment dropped, as CloudStack stores it in a VM's {@code SSH.PublicKey}. */
    static String withoutComment(String openSshKey) {
        String[] fields = openSshKey.trim().split("\\s+");
        return fields.length > 2 ? fields[0] + " " + fields[1] : openSshKey.trim();
    }

    /** Encrypts a VM password with an ssh-rsa public key (RSA, PKCS#1 v1.5), base64; empty for other keys. */
    static Optional<String> encryptPassword(String openSshKey, String password) {
        return rsaPublicKey(openSshKey).map(key -> {
            try {
                Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
                cipher.init(Cipher.ENCRYPT_MODE, key);
                return Base64.getEncoder().encodeToString(cipher.doFinal(password.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Optional<PublicKey> rsaPublicKey(String openSshKey) {
        String[] fields = openSshKey.trim().split("\\s+");
        if (fields.length < 2 || !fields[0].equals("ssh-rsa")) {
            return Optional.empty();
        }
        try {
            ByteBuffer blob = ByteBuffer.wrap(Base64.getDecoder().decode(fields[1]));
            String type = new String(field(blob), StandardCharsets.US_ASCII);
            if (!type.equals("ssh-rsa")) {
                return Optional.empty();
            }
            BigInteger exponent = new BigInteger(field(blob));
            BigInteger modulus = new BigInteger(field(blob));
            return Optional.of(KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent)));
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static byte[] field(ByteBuffer blob) {
        int length = blob.getInt();
        if (length < 0 || length > blob.remaining()) {
            throw new IllegalArgumentException("bad key blob");
        }
        byte[] bytes = new byte[length];
        blob.get(bytes);
        return bytes;
    }

    private static byte[] blob(RSAPublicKey key) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            writeField(out, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
            writeField(out, key.getPublicExponent().toByteArray());
            writeField(out, key.getModulus().toByteArray());
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeField(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    private static String pem(byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----\n";
    }

    /** Just enough DER to take the PKCS#1 key out of Java's PKCS#8 encoding. */
    static final class Der {

        private Der() {
        }

        /** PKCS#8 is SEQUENCE { INTEGER version, SEQUENCE algorithm, OCTET STRING pkcs1 }. */
        static byte[] pkcs1FromPkcs8(byte[] pkcs8) {
            int[] pos = {0};
            expect(pkcs8, pos, 0x30);
            length(pkcs8, pos);
            expect(pkcs8, pos, 0x02);
            skip(pkcs8, pos);
            expect(pkcs8, pos, 0x30);
            skip(pkcs8, pos);
            expect(pkcs8, pos, 0x04);
            int length = length(pkcs8, pos);
            return Arrays.copyOfRange(pkcs8, pos[0], pos[0] + length);
        }

        private static void skip(byte[] der, int[] pos) {
            int length = length(der, pos);
            pos[0] += length;
        }

        private static void expect(byte[] der, int[] pos, int tag) {
            if ((der[pos[0]++] & 0xff) != tag) {
                throw new IllegalArgumentException("unexpected DER tag");
            }
        }

        private static int length(byte[] der, int[] pos) {
            int first = der[pos[0]++] & 0xff;
            if (first < 0x80) {
                return first;
            }
            int length = 0;
            for (int i = 0; i < (first & 0x7f); i++) {
                length = (length << 8) | (der[pos[0]++] & 0xff);
            }
            return length;
        }
    }
}
