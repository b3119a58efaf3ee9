package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.TokenClaims;
import java.util.Optional;

/**
 * RunInstances' ClientToken: the first request with a token claims it and launches; a repeat with the
 * same parameters gets the first one's reservation (waiting, bounded, while the first is still
 * launching); a repeat with other parameters is IdempotentParameterMismatch. Kept per caller.
 */
public interface ClientTokens extends TokenClaims<Reservation> {

    /** Tokens in memory only (tests, and the demo). */
    static ClientTokens inMemory() {
        TokenClaims<Reservation> claims = TokenClaims.inMemory();
        return new ClientTokens() {
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
        };
    }
}
