package dev.ec2gateway.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away certificate authority and a server keystore (PKCS12, key alias {@code gateway}) whose
 * certificate it signed for {@code localhost} and {@code 127.0.0.1}, made with the JDK's keytool.
 */
public record TestCertificates(Path caPem, Path serverKeystore, String password) {
    public static final String KEY_ALIAS = "gateway";

    public static TestCertificates create(Path dir) throws Exception {
        String password = "test-store-pass";
        Path ca = dir.resolve("ca.p12");
        Path server = dir.resolve("server.p12");
        Path csr = dir.resolve("server.csr");
        Path crt = dir.resolve("server.crt");
        Path caPem = dir.resolve("ca.pem");
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-keysize", "256", "-dname", "CN=EC2 gateway test CA",
                "-ext", "bc:c", "-validity", "2", "-keystore", ca.toString(), "-storetype", "PKCS12",
                "-storepass", password);
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-storepass", password,
                "-file", caPem.toString());
        keytool("-genkeypair", "-alias", KEY_ALIAS, "-keyalg", "EC", "-keysize", "256", "-dname", "CN=localhost",
                "-validity", "2", "-keystore", server.toString(), "-storetype", "PKCS12", "-storepass", password);
        keytool("-certreq", "-alias", KEY_ALIAS, "-keystore", server.toString(), "-storepass", password,
                "-file", csr.toString());
        keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-storepass", password,
                "-infile", csr.toString(), "-outfile", crt.toString(), "-validity", "2",
                "-ext", "san=dns:localhost,ip:127.0.0.1", "-ext", "eku=serverAuth");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caPem.toString(), "-keystore", server.toString(),
                "-storepass", password);
        keytool("-importcert", "-alias", KEY_ALIAS, "-file", crt.toString(), "-keystore", server.toString(),
                "-storepass", password);
        return new TestCertificates(caPem, server, password);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "keytool " + args[0] + ": " + output);
    }
}
