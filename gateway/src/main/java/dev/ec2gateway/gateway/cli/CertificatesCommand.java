package dev.ec2gateway.gateway.cli;

import dev.ec2gateway.gateway.config.ConfigException;
import dev.ec2gateway.gateway.config.ConfigSource;
import dev.ec2gateway.gateway.store.AccountStore;
import dev.ec2gateway.gateway.store.Certificates;
import dev.ec2gateway.gateway.store.RegisteredCertificate;
import dev.ec2gateway.gateway.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code certificates} admin command: the X.509 certificates SOAP clients sign with, per user. */
@Command(name = "certificates",
        description = "Register, list and remove the X.509 certificates SOAP clients sign with (EC2_CERT).",
        subcommands = {CertificatesCommand.Add.class, CertificatesCommand.ListCertificates.class,
            CertificatesCommand.Remove.class})
public final class CertificatesCommand {
    @Mixin
    HelpOption help;

    @ParentCommand
    ConfigSource parent;

    int withStore(CommandSpec spec, UsersCommand.StoreWork work) {
        try (AccountStore store = AccountStore.open(parent.config())) {
            return work.run(store);
        } catch (StoreException | ConfigException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return UsersCommand.FAILED;
        }
    }

    /** {@code certificates add --access-key AK --certificate FILE.pem}. */
    @Command(name = "add", description = "Register a certificate (PEM or DER) to a registered user.")
    static final class Add implements Callable<Integer> {
        @Mixin
        HelpOption help;

        @ParentCommand
        CertificatesCommand certificates;

        @Spec
        CommandSpec spec;

        @Option(names = "--access-key", required = true, paramLabel = "AK", description = "the user's EC2 access key")
        String accessKey;

        @Option(names = "--certificate", required = true, paramLabel = "FILE", description = "the certificate file")
        Path file;

        @Override
        public Integer call() throws IOException {
            X509Certificate certificate;
            try {
                certificate = Certificates.parse(Files.readAllBytes(file));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("error: " + file + ": " + e.getMessage());
                return UsersCommand.FAILED;
            }
            return certificates.withStore(spec, store -> {
                if (store.find(accessKey).isEmpty()) {
                    spec.commandLine().getErr().println("error: no user has the access key " + accessKey
                            + "; register it with 'users add' first.");
                    return UsersCommand.FAILED;
                }
                try {
                    RegisteredCertificate added = store.certificates().add(accessKey, certificate);
                    spec.commandLine().getOut().println("Registered certificate " + added.fingerprint() + " ("
                            + added.subject() + ", valid until " + added.notAfter() + ") to " + accessKey + ".");
                    return 0;
                } catch (IllegalArgumentException e) {
                    spec.commandLine().getErr().println("error: " + e.getMessage() + ".");
                    return UsersCommand.FAILED;
                }
            });
        }
    }

    /** {@code certificates list [--access-key AK]}. */
    @Command(name = "list", description = "List the registered certificates (fingerprint, user, subject, expiry).")
    static final class ListCertificates implements Callable<Integer> {
        @Mixin
        HelpOption help;

        @ParentCommand
        CertificatesCommand certificates;

        @Spec
        CommandSpec spec;

        @Option(names = "--access-key", paramLabel = "AK", description = "only this user's certificates")
        String accessKey;

        @Override
        public Integer call() {
            return certificates.withStore(spec, store -> {
                print(store.certificates().list(Optional.ofNullable(accessKey)), spec.commandLine().getOut());
                return 0;
            });
        }

        static void print(List<RegisteredCertificate> registered, PrintWriter out) {
            if (registered.isEmpty()) {
                out.println("No certificates are registered.");
                return;
            }
            out.println("SHA-256 FINGERPRINT  ACCESS KEY  NOT AFTER  SUBJECT");
            for (RegisteredCertificate c : registered) {
                out.println(c.fingerprint() + "  " + c.accessKey() + "  "
                        + c.notAfter().truncatedTo(ChronoUnit.SECONDS) + "  " + c.subject());
            }
        }
    }

    /** {@code certificates remove FINGERPRINT}. */
    @Command(name = "remove", description = "Remove a certificate by its SHA-256 fingerprint (as listed).")
    static final class Remove implements Callable<Integer> {
        @Mixin
        HelpOption help;

        @ParentCommand
        CertificatesCommand certificates;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FINGERPRINT", description = "the certificate's SHA-256 fingerprint")
        String fingerprint;

        @Override
        public Integer call() {
            return certificates.withStore(spec, store -> {
                if (store.certificates().remove(fingerprint.strip().toLowerCase(java.util.Locale.ROOT))) {
                    spec.commandLine().getOut().println("Removed certificate " + fingerprint + ".");
                    return 0;
                }
                spec.commandLine().getErr().println("error: no certificate has the fingerprint " + fingerprint + ".");
                return UsersCommand.FAILED;
            });
        }
    }
}
