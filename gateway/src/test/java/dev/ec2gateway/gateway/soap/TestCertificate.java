package dev.ec2gateway.gateway.soap;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.wss4j.common.crypto.Merlin;

/** A fresh RSA key pair and self-signed certificate made with the JDK's keytool, as a user's EC2_CERT. */
public record TestCertificate(KeyStore keyStore, String alias, String password, X509Certificate certificate) {
    private static TestCertificate shared;

    /** One certificate for the whole test JVM: keytool's RSA key generation is slow. */
    public static synchronized TestCertificate shared() throws Exception {
        if (shared == null) {
            Path dir = Files.createTempDirectory("soap-user");
            try {
                shared = generate(dir, "soap-user");
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
        return shared;
    }

    static TestCertificate generate(Path dir, String name) throws Exception {
        Path file = dir.resolve(name + ".p12");
        String password = "changeit";
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", name,
                "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA", "-validity", "2",
                "-dname", "CN=" + name + ", O=ec2-gateway test", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", password, "-keypass", password))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keyStore.load(in, password.toCharArray());
        }
        return new TestCertificate(keyStore, name, password, (X509Certificate) keyStore.getCertificate(name));
    }

    /** WSS4J's view of the key store, to sign with. */
    Merlin crypto() {
        Merlin merlin = new Merlin();
        merlin.setKeyStore(keyStore);
        return merlin;
    }
}
