package dev.ec2gateway.actions.keypairs;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * EC2's key fingerprints, which differ from CloudStack's MD5 over the OpenSSH key blob: a created RSA key is
 * the SHA-1 of its PKCS#8 DER private key, an imported RSA key the MD5 of its DER SubjectPublicKeyInfo (what
 * real EC2 answers, e.g. {@code openssl pkey -pubin -outform DER | openssl md5 -c}), an ED25519 key the
 * base64 SHA-256 of its OpenSSH blob with the padding EC2 keeps.
 */
final class KeyFingerprints {
    /** PKCS#8 PrivateKeyInfo up to the private key OCTET STRING: version 0 and the rsaEncryption algorithm. */
    private static final byte[] PKCS8_RSA_HEADER = HexFormat.of().parseHex("020100300d06092a864886f70d0101010500");

    private KeyFingerprints() {
    }

    /** The fingerprint EC2 gives a key pair it created, from CloudStack's PKCS#1 PEM private key. */
    static Optional<String> ofCreatedRsa(String pkcs1Pem) {
        if (pkcs1Pem == null || !pkcs1Pem.contains("-----BEGIN RSA PRIVATE KEY-----")) {
            return Optional.empty();
        }
        byte[] pkcs1;
        try {
            pkcs1 = Base64.getMimeDecoder().decode(pkcs1Pem.replaceAll("-----[A-Z ]+-----", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (pkcs1.length == 0 || pkcs1[0] != 0x30) {
            return Optional.empty();
        }
        byte[] octets = der(0x04, pkcs1);
        byte[] content = new byte[PKCS8_RSA_HEADER.length + octets.length];
        System.arraycopy(PKCS8_RSA_HEADER, 0, content, 0, PKCS8_RSA_HEADER.length);
        System.arraycopy(octets, 0, content, PKCS8_RSA_HEADER.length, octets.length);
        byte[] pkcs8 = der(0x30, content);
        try {
            KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return Optional.of(colonHex(digest("SHA-1", pkcs8)));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The fingerprint EC2 gives an imported key; empty for key types EC2 does not import. */
    static Optional<String> ofImported(OpenSshPublicKey key) {
        byte[] blob = Base64.getDecoder().decode(key.line().split(" ")[1]);
        return switch (key.type()) {
            case "ssh-ed25519" -> Optional.of(Base64.getEncoder().encodeToString(digest("SHA-256", blob)));
            case "ssh-rsa" -> rsaPublicKeyInfo(blob).map(spki -> colonHex(digest("MD5", spki)));
            default -> Optional.empty();
        };
    }

    /** The DER SubjectPublicKeyInfo of an ssh-rsa blob (string "ssh-rsa", mpint e, mpint n). */
    private static Optional<byte[]> rsaPublicKeyInfo(byte[] blob) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(blob);
            String type = new String(field(buffer), StandardCharsets.US_ASCII);
            BigInteger exponent = new BigInteger(field(buffer));
            BigInteger modulus = new BigInteger(field(buffer));
            if (!type.equals("ssh-rsa") || exponent.signum() <= 0 || modulus.signum() <= 0) {
                return Optional.empty();
            }
            return Optional.of(KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(modulus, exponent)).getEncoded());
        } catch (RuntimeException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static byte[] field(ByteBuffer buffer) {
        int length = buffer.getInt();
        if (length <= 0 || length > buffer.remaining()) {
            throw new IllegalArgumentException("truncated key blob");
        }
        byte[] value = new byte[length];
        buffer.get(value);
        return value;
    }

    /** One DER element: tag, definite length, content. */
    private static byte[] der(int tag, byte[] content) {
        int length = content.length;
        int lengthBytes = length < 0x80 ? 0 : length < 0x100 ? 1 : length < 0x10000 ? 2 : 3;
        byte[] out = new byte[2 + lengthBytes + length];
        out[0] = (byte) tag;
        if (lengthBytes == 0) {
            out[1] = (byte) length;
        } else {
            out[1] = (byte) (0x80 | lengthBytes);
            for (int i = 0; i < lengthBytes; i++) {
                out[2 + i] = (byte) (length >>> (8 * (lengthBytes - 1 - i)));
            }
        }
        System.arraycopy(content, 0, out, 2 + lengthBytes, length);
        return out;
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    private static String colonHex(byte[] digest) {
        return HexFormat.ofDelimiter(":").formatHex(digest);
    }
}
