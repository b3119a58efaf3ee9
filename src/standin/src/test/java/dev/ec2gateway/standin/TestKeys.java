package dev.ec2gateway.standin;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.StringJoiner;
import javax.crypto.Cipher;

/** Reads a PKCS#1 PEM private key and checks fingerprints and passwords with it, independently of the stand-in. */
final class TestKeys {

    private TestKeys() {
    }

    static RSAPrivateCrtKey parsePkcs1(String pem) throws Exception {
        if (!pem.startsWith("-----BEGIN RSA PRIVATE KEY-----\n")) {
            throw new IllegalArgumentException("not a PKCS#1 PEM key");
        }
        String body = pem.replace("-----BEGIN RSA PRIVATE KEY-----", "")
                .replace("-----END RSA PRIVATE KEY-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(body);
        int[] pos = {0};
        tag(der, pos, 0x30);
        length(der, pos);
        BigInteger[] values = new BigInteger[9];
        for (int i = 0; i < values.length; i++) {
            tag(der, pos, 0x02);
            int length = length(der, pos);
            values[i] = new BigInteger(Arrays.copyOfRange(der, pos[0], pos[0] + length));
            pos[0] += length;
        }
        RSAPrivateCrtKeySpec spec = new RSAPrivateCrtKeySpec(values[1], values[2], values[3], values[4],
                values[5], values[6], values[7], values[8]);
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(spec);
    }

    /** The MD5 fingerprint of the OpenSSH blob of the public half of a private key. */
    static String fingerprint(RSAPrivateCrtKey key) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (byte[] field : new byte[][] {"ssh-rsa".getBytes(StandardCharsets.US_ASCII),
                key.getPublicExponent().toByteArray(), key.getModulus().toByteArray()}) {
            out.writeInt(field.length);
            out.write(field);
        }
        byte[] md5 = MessageDigest.getInstance("MD5").digest(bytes.toByteArray());
        StringJoiner hex = new StringJoiner(":");
        for (byte b : md5) {
            hex.add(String.format("%02x", b));
        }
        return hex.toString();
    }

    static String decrypt(RSAPrivateCrtKey key, String base64) throws Exception {
        Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        cipher.init(Cipher.DECRYPT_MODE, key);
        return new String(cipher.doFinal(Base64.getDecoder().decode(base64)), StandardCharsets.UTF_8);
    }

    private static void tag(byte[] der, int[] pos, int expected) {
        if ((der[pos[0]++] & 0xff) != expected) {
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
