package dev.ec2gateway.gateway.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import java.util.List;

/** The HTTPS listener's port and the keystore its key and certificate chain come from. */
public record TlsListener(int port, Path keystore, String password, String keystoreType, String keyAlias) {

    /**
     * Loads the keystore and checks it holds the key to serve, so that a wrong path, password or alias
     * stops the gateway with a message saying which (never the password itself).
     */
    KeyStore load() {
        KeyStore store;
        try (InputStream in = Files.newInputStream(keystore)) {
            store = KeyStore.getInstance(keystoreType);
            store.load(in, password.toCharArray());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("the HTTPS keystore " + keystore + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the HTTPS keystore " + keystore
                    + " (wrong https.keystore.password or https.keystore.type?): " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the HTTPS keystore " + keystore + " as "
                    + keystoreType + ": " + e.getMessage());
        }
        try {
            List<String> keys = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).toList();
            if (keyAlias.isEmpty() && keys.size() != 1) {
                throw new IllegalArgumentException("the HTTPS keystore " + keystore + " holds " + keys.size()
                        + " keys " + keys + ": name the one to serve with https.key.alias");
            }
            if (!keyAlias.isEmpty() && !store.isKeyEntry(keyAlias)) {
                throw new IllegalArgumentException("the HTTPS keystore " + keystore + " has no key named '"
                        + keyAlias + "' (its keys: " + keys + ")");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the HTTPS keystore " + keystore + ": " + e.getMessage());
        }
        return store;
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "TlsListener[port=" + port + ", keystore=" + keystore + ", type=" + keystoreType + ", alias=" + keyAlias
                + "]";
    }
}
