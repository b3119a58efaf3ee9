package dev.ec2gateway.gateway.store;

import dev.ec2gateway.actions.TokenClaims;
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
 * Client tokens of one action in a table of the account store. The first request inserts its row; the
 * primary key (access key, token) makes a concurrent copy, on this node or another, fail to insert, read
 * the row and wait (bounded) for the first one's answer, kept as JSON.
 */
final class StoredTokenClaims<T> implements TokenClaims<T> {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 50;

    private final Database database;
    private final Clock clock;
    private final Table table;
    private final Class<T> answerType;

    /** A token table and the column of its answer (constants of this package, never request text). */
    record Table(String name, String answerColumn) {
        static final Table RUN_INSTANCES = new Table("client_tokens", "reservation");
        static final Table CREATE_VOLUME = new Table("volume_tokens", "answer");
    }

    StoredTokenClaims(Database database, Clock clock, Table table, Class<T> answerType) {
        this.database = database;
        this.clock = clock;
        this.table = table;
        this.answerType = answerType;
    }

    private record Row(String hash, String answer) {
    }

    @Override
    public Optional<T> claim(String accessKey, String token, String fingerprint) {
        String hash = sha256(fingerprint);
        try {
            database.update("INSERT INTO " + table.name() + " (access_key, client_token, request_hash, created_at)"
                    + " VALUES (?, ?, ?, ?)", accessKey, token, hash, clock.instant());
            return Optional.empty();
        } catch (StoreException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
        }
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            List<Row> rows = database.query("SELECT request_hash, " + table.answerColumn() + " FROM " + table.name()
                    + " WHERE access_key = ? AND client_token = ?",
                    row -> new Row(row.getString("request_hash"), row.getString(table.answerColumn())),
                    accessKey, token);
            if (rows.isEmpty()) {
                // The first request failed and gave the token up: this one may act.
                return claim(accessKey, token, fingerprint);
            }
            if (!rows.get(0).hash().equals(hash)) {
                throw Ec2Error.IDEMPOTENT_PARAMETER_MISMATCH.with(token);
            }
            if (rows.get(0).answer() != null) {
                return Optional.of(InstanceJson.read(rows.get(0).answer(), answerType));
            }
            if (Instant.now().isAfter(deadline)) {
                throw Ec2Error.UNAVAILABLE.with("the request with client token " + token + " is still being accepted;"
                        + " repeat the request later.");
            }
            pause();
        }
    }

    @Override
    public void complete(String accessKey, String token, T answer) {
        database.update("UPDATE " + table.name() + " SET " + table.answerColumn() + " = ?"
                + " WHERE access_key = ? AND client_token = ?", InstanceJson.write(answer), accessKey, token);
    }

    @Override
    public void release(String accessKey, String token) {
        database.update("DELETE FROM " + table.name() + " WHERE access_key = ? AND client_token = ? AND "
                + table.answerColumn() + " IS NULL", accessKey, token);
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
