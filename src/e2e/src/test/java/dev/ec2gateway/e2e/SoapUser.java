package dev.ec2gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ec2gateway.gateway.Main;
import dev.ec2gateway.standin.StandInUser;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real gateway with one user of the stand-in registered ({@code users add}) and that user's SOAP tool,
 * whose certificate {@link #registerCertificate} registers as the operator does ({@code certificates add}).
 */
record SoapUser(RunningGateway running, StandInUser user, SoapTool tool) implements AutoCloseable {

    static SoapUser start(Path work) throws Exception {
        RunningGateway running = RunningGateway.start(Files.createDirectories(work.resolve("data")));
        try {
            StandInUser user = running.standIn().user();
            running.register(user);
            return new SoapUser(running, user, SoapTool.generate(running.gateway().endpoint(), work, "soap-e2e"));
        } catch (Exception | AssertionError e) {
            running.close();
            throw e;
        }
    }

    /** Registers the tool's certificate with {@code ec2-gateway certificates add}. */
    void registerCertificate() {
        assertEquals(0, Main.commandLine().execute("--data-dir", running.dataDir().toString(),
                "--cloudstack-url", running.standIn().apiUrl().toString(),
                "certificates", "add", "--access-key", user.apiKey(),
                "--certificate", tool.certificatePem.toString()),
                "registering the certificate with 'ec2-gateway certificates add'");
    }

    @Override
    public void close() {
        running.close();
    }
}
