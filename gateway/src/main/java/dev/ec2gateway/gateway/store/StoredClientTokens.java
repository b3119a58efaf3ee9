package dev.ec2gateway.gateway.store;

import dev.ec2gateway.actions.instances.ClientTokens;
import dev.ec2gateway.actions.instances.Reservation;
import java.time.Clock;
import java.util.Optional;

/**
 * RunInstances client tokens in the account store (table client_tokens); see {@link StoredTokenClaims}
 * for how a concurrent copy, on this node or another, waits for the first request's answer.
 */
public final class StoredClientTokens implements ClientTokens {
    private final StoredTokenClaims<Reservation> claims;

    StoredClientTokens(Database database, Clock clock) {
        this.claims = new StoredTokenClaims<>(database, clock, StoredTokenClaims.Table.RUN_INSTANCES,
                Reservation.class);
    }

    @Override
    public Optional<Reservation> claim(String accessKey, String token, String fingerprint) {
        return claims.claim(accessKey, token, fingerprint);
    }

    @Override
    public void complete(String accessKey, String token, Reservation reservation) {
        claims.complete(accessKey, token, reservation);
    }

    @Override
    public void release(String accessKey, String token) {
        claims.release(accessKey, token);
    }
}
