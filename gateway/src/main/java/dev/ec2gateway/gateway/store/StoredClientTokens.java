package dev.ec2gateway.gateway.store;

import dev.ec2gateway.actions.instances.ClientTokens;
import dev.ec2gateway.actions.instances.Reservation;
import dev.ec2gateway.ec2.Ec2Error;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * RunInstances client tokens in the account store. The first request inserts its row; the primary key
 * (access key, token) makes a concurrent copy, on this node or another, fail to insert, read the row and
 * wait (bounded) for the first one's answer.
 */
public final class StoredClientTokens implements ClientTokens {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 50;

    private final Database database;
    private final Clock clock;

    StoredClientTokens(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    private record Row(String hash, String reservation) {
    }

    @Override
    public Optional<Reservation> claim(String accessKey, String token, String fingerprint) {
        String hash = sha256(fingerprint);
        try {
            database.update("INSERT INTO client_tokens (access_key, client_token, request_hash, created_at)"
                    + " VALUES (?, ?, ?, ?)", accessKey, token, hash, clock.instant());
            return Optional.empty();
        } catch (StoreException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
        }
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            List<Row> rows = database.query("SELECT request_hash, reservation FROM client_tokens"
                    + " WHERE access_key = ? AND client_token = ?",
                    row -> new Row(row.getString("request_hash"), row.getString("reservation")), accessKey, token);
            if (rows.isEmpty()) {
                // The first request failed and gave the token up: this one may launch.
                return claim(accessKey, token, fingerprint);
            }
            if (!rows.get(0).hash().equals(hash)) {
                throw Ec2Error.IDEMPOTENT_PARAMETER_MISMATCH.with(token);
            }
            if (rows.get(0).reservation() != null) {
                return Optional.of(InstanceJson.read(rows.get(0).reservation(), Reservation.class));
            }
            if (Instant.now().isAfter(deadline)) {
                throw Ec2Error.UNAVAILABLE.with("the launch with client token " + token + " is still being accepted;"
                        + " repeat the request later.");
            }
            pause();
        }
    }

    @Override
    public void complete(String accessKey, String token, Reservation reservation) {
        database.update("UPDATE client_tokens SET reservation = ? WHERE access_key = ? AND client_token = ?",
                InstanceJson.write(reservation), accessKey, token);
    }

    @Override
    public void release(String accessKey, String token) {
        database.update("DELETE FROM client_tokens WHERE access_key = ? AND client_token = ? AND reservation IS NULL",
                accessKey, token);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Ec2Error.INTERNAL_ERROR.with();
        }
    }

    private static boolean isDuplicateKey(StoreException e) {
        return e.getCause() instanceof SQLException sql
                && (sql instanceof java.sql.SQLIntegrityConstraintViolationException
                || (sql.getSQLState() != null && sql.getSQLState().startsWith("23")));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
