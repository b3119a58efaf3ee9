package dev.ec2gateway.gateway.store;

import dev.ec2gateway.actions.ExpiringCache;
import dev.ec2gateway.gateway.soap.CertificateOwners;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The SOAP signing certificates of the account store: SHA-256 fingerprint → the access key whose
 * requests a signature with that certificate makes. Safe for concurrent use. Found owners are kept in
 * memory as found accounts are (as long, as many at most), with the same consequence: this store's own
 * removals take effect at once, a removal by another process (the admin command while the gateway runs,
 * another node on a shared database) once the kept owner has expired.
 */
public final class StoredCertificates implements CertificateOwners {
    private final Database database;
    private final Clock clock;
    private final ExpiringCache<String, String> foundOwners;

    StoredCertificates(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.foundOwners = new ExpiringCache<>(clock, AccountStore.MAX_CACHED_ACCOUNTS);
    }

    /**
     * Registers the certificate to the access key; registering it again to the same key changes
     * nothing.
     *
     * @throws IllegalArgumentException when it is already registered to another access key
     */
    public RegisteredCertificate add(String accessKey, X509Certificate certificate) {
        String fingerprint = Certificates.fingerprint(certificate);
        Optional<String> owner = storedOwner(fingerprint);
        if (owner.isPresent() && !owner.get().equals(accessKey)) {
            throw new IllegalArgumentException("the certificate " + fingerprint + " is registered to another user");
        }
        var now = clock.instant();
        var notAfter = certificate.getNotAfter().toInstant();
        String subject = certificate.getSubjectX500Principal().getName();
        if (owner.isEmpty()) {
            try {
                database.update("INSERT INTO certificates (fingerprint, access_key, subject, not_after, pem, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?)",
                        fingerprint, accessKey, truncate(subject), notAfter, Certificates.pem(certificate), now);
            } catch (StoreException raced) {
                if (!storedOwner(fingerprint).map(accessKey::equals).orElse(false)) {
                    throw raced;
                }
            }
        }
        return find(fingerprint).orElseThrow(() -> new StoreException("the certificate was not stored"));
    }

    /** The access key a certificate with this fingerprint is registered to (kept for a few seconds once found). */
    @Override
    public Optional<String> owner(String fingerprint) {
        Optional<String> kept = foundOwners.get(fingerprint);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<String> owner = storedOwner(fingerprint);
        owner.ifPresent(accessKey -> foundOwners.put(fingerprint, accessKey, AccountStore.FOUND_ACCOUNT_TTL));
        return owner;
    }

    private Optional<String> storedOwner(String fingerprint) {
        return database.query("SELECT access_key FROM certificates WHERE fingerprint = ?",
                row -> row.getString(1), fingerprint).stream().findFirst();
    }

    public Optional<RegisteredCertificate> find(String fingerprint) {
        return database.query(SELECT + " WHERE fingerprint = ?", StoredCertificates::read, fingerprint)
                .stream().findFirst();
    }

    /** Every registered certificate, or those of one access key when it is given. */
    public List<RegisteredCertificate> list(Optional<String> accessKey) {
        return accessKey.isPresent()
                ? database.query(SELECT + " WHERE access_key = ? ORDER BY access_key, fingerprint",
                        StoredCertificates::read, accessKey.get())
                : database.query(SELECT + " ORDER BY access_key, fingerprint", StoredCertificates::read);
    }

    /** Removes the certificate; false when it was not registered. */
    public boolean remove(String fingerprint) {
        boolean removed = database.update("DELETE FROM certificates WHERE fingerprint = ?", fingerprint) > 0;
        foundOwners.remove(fingerprint);
        return removed;
    }

    /** Removes the certificate only if it belongs to the access key; false otherwise. */
    public boolean remove(String accessKey, String fingerprint) {
        boolean removed = database.update("DELETE FROM certificates WHERE fingerprint = ? AND access_key = ?",
                fingerprint, accessKey) > 0;
        foundOwners.remove(fingerprint);
        return removed;
    }

    /** Removes every certificate of the access key and says how many there were. */
    public int removeAll(String accessKey) {
        int removed = database.update("DELETE FROM certificates WHERE access_key = ?", accessKey);
        // rare (DeleteCertificate, a user removed): forgetting every kept owner is simpler than finding its own
        foundOwners.clear();
        return removed;
    }

    private static final String SELECT =
            "SELECT fingerprint, access_key, subject, not_after, created_at FROM certificates";

    private static RegisteredCertificate read(java.sql.ResultSet row) throws java.sql.SQLException {
        return new RegisteredCertificate(row.getString("fingerprint"), row.getString("access_key"),
                row.getString("subject"), Database.instant(row, "not_after"), Database.instant(row, "created_at"));
    }

    private static String truncate(String subject) {
        return subject.length() <= 1024 ? subject : subject.substring(0, 1024);
    }
}
