package dev.ec2gateway.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
    private final byte[] key = SecretBox.newKey();
    private final SecretBox box = new SecretBox(key);

    @Test
    void opensWhatItSealed() {
        String sealed = box.seal("wJalrXUtnFEMI/K7MDENG", "AK/ec2_secret");

        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("wJalrXUtnFEMI"));
        assertEquals("wJalrXUtnFEMI/K7MDENG", box.open(sealed, "AK/ec2_secret"));
    }

    @Test
    void sealsTheSameSecretDifferentlyEachTimeWithAFreshIv() {
        String first = box.seal("secret", "AK/ec2_secret");
        String second = box.seal("secret", "AK/ec2_secret");

        assertNotEquals(first, second);
        byte[] firstIv = java.util.Arrays.copyOf(Base64.getDecoder().decode(first.substring(3)), 12);
        byte[] secondIv = java.util.Arrays.copyOf(Base64.getDecoder().decode(second.substring(3)), 12);
        assertFalse(java.util.Arrays.equals(firstIv, secondIv));
    }

    @Test
    void refusesAValueMovedToAnotherRow() {
        String sealed = box.seal("secret", "AK1/ec2_secret");

        assertThrows(StoreException.class, () -> box.open(sealed, "AK2/ec2_secret"));
    }

    @Test
    void refusesAValueSealedWithAnotherKey() {
        String sealed = new SecretBox(SecretBox.newKey()).seal("secret", "AK/ec2_secret");

        StoreException e = assertThrows(StoreException.class, () -> box.open(sealed, "AK/ec2_secret"));
        assertTrue(e.getMessage().contains("another secret.key"), e.getMessage());
    }

    @Test
    void refusesAnAlteredValue() {
        String sealed = box.seal("secret", "AK/ec2_secret");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThrows(StoreException.class, () -> box.open(altered, "AK/ec2_secret"));
    }

    @Test
    void givesTheSameFingerprintForTheSameKeyOnly() {
        assertEquals(box.fingerprint(), new SecretBox(key).fingerprint());
        assertNotEquals(box.fingerprint(), new SecretBox(SecretBox.newKey()).fingerprint());
    }

    @Test
    void neverShowsItsKeyInToString() {
        assertFalse(box.toString().contains(Base64.getEncoder().encodeToString(key)));
    }
}
