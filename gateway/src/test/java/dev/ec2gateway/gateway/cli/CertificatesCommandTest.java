package dev.ec2gateway.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.ConfigSource;
import dev.ec2gateway.gateway.config.GatewayConfig;
import dev.ec2gateway.gateway.store.AccountStore;
import dev.ec2gateway.gateway.store.Certificates;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CertificatesCommandTest {
    @TempDir
    static Path keys;

    @TempDir
    Path dataDir;

    private static Path pem;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void makeACertificate() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Path store = keys.resolve("user.p12");
        pem = keys.resolve("user.pem");
        exec(keytool.toString(), "-genkeypair", "-alias", "user", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=user", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit");
        exec(keytool.toString(), "-exportcert", "-rfc", "-alias", "user", "-keystore", store.toString(),
                "-storepass", "changeit", "-file", pem.toString());
    }

    private static void exec(String... command) throws Exception {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
    }

    @Command(name = "ec2-gateway")
    final class TestRoot implements ConfigSource {
        @Override
        public GatewayConfig config() {
            return CertificatesCommandTest.this.config();
        }
    }

    private GatewayConfig config() {
        return GatewayConfig.of(Map.of(ConfigKey.DATA_DIR, dataDir.toString()));
    }

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new TestRoot()).addSubcommand(new CertificatesCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Optional<String> ownerOfTheCertificate() throws Exception {
        String fingerprint = Certificates.fingerprint(Certificates.parse(Files.readAllBytes(pem)));
        try (AccountStore store = AccountStore.open(config())) {
            return store.certificates().owner(fingerprint);
        }
    }

    @Test
    void aCertificateIsRegisteredListedAndRemovedByFingerprint() throws Exception {
        try (AccountStore store = AccountStore.open(config())) {
            store.register("AKIDUSER", "secret", new CloudStackCredentials("AKIDUSER", "secret"));
        }
        assertEquals(0, run("certificates", "add", "--access-key", "AKIDUSER", "--certificate", pem.toString()),
                err.toString());
        assertEquals(Optional.of("AKIDUSER"), ownerOfTheCertificate());
        String fingerprint = Certificates.fingerprint(Certificates.parse(Files.readAllBytes(pem)));

        assertEquals(0, run("certificates", "list", "--access-key", "AKIDUSER"));
        assertTrue(out.toString().contains(fingerprint + "  AKIDUSER"), out.toString());

        assertEquals(0, run("certificates", "remove", fingerprint));
        assertEquals(Optional.empty(), ownerOfTheCertificate());
    }

    @Test
    void aCertificateCannotBeRegisteredToAnUnknownUser() throws Exception {
        assertEquals(1, run("certificates", "add", "--access-key", "AKIDNOBODY", "--certificate", pem.toString()));
        assertTrue(err.toString().contains("no user has the access key AKIDNOBODY"), err.toString());
        assertEquals(Optional.empty(), ownerOfTheCertificate());
    }

    @Test
    void aFileWithoutACertificateIsRefused() throws Exception {
        Path junk = dataDir.resolve("junk.pem");
        Files.writeString(junk, "not a certificate");
        assertEquals(1, run("certificates", "add", "--access-key", "AKIDUSER", "--certificate", junk.toString()));
        assertTrue(err.toString().contains("not an X.509 certificate"), err.toString());
    }
}
