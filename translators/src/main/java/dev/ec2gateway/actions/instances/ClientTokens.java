package dev.ec2gateway.actions.instances;

import dev.ec2gateway.ec2.Ec2Error;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * RunInstances' ClientToken: the first request with a token claims it and launches; a repeat with the
 * same parameters gets the first one's reservation (waiting, bounded, while the first is still
 * launching); a repeat with other parameters is IdempotentParameterMismatch. Kept per caller.
 */
public interface ClientTokens {
    /**
     * Claims the token for a request whose parameters have this fingerprint. Empty: the caller now owns
     * the token and must {@link #complete} or {@link #release} it. Present: the reservation an earlier
     * request with the token answered.
     */
    Optional<Reservation> claim(String accessKey, String token, String fingerprint);

    /** Stores the answer of the launch that claimed the token. */
    void complete(String accessKey, String token, Reservation reservation);

    /** Gives a claimed token up (the launch failed), so that a retry may launch again. */
    void release(String accessKey, String token);

    /** Tokens in memory only (tests, and the demo). */
    static ClientTokens inMemory() {
        record Claim(String fingerprint, CompletableFuture<Reservation> outcome) {
        }
        Map<String, Claim> claims = new ConcurrentHashMap<>();
        return new ClientTokens() {
            @Override
            public Optional<Reservation> claim(String accessKey, String token, String fingerprint) {
                Claim mine = new Claim(fingerprint, new CompletableFuture<>());
                Claim earlier = claims.putIfAbsent(accessKey + "/" + token, mine);
                if (earlier == null) {
                    return Optional.empty();
                }
                if (!earlier.fingerprint().equals(fingerprint)) {
                    throw Ec2Error.IDEMPOTENT_PARAMETER_MISMATCH.with(token);
                }
                try {
                    return Optional.of(earlier.outcome().get(60, TimeUnit.SECONDS));
                } catch (ExecutionException released) {
                    return claim(accessKey, token, fingerprint);
                } catch (TimeoutException e) {
                    throw Ec2Error.INTERNAL_ERROR.with();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw Ec2Error.INTERNAL_ERROR.with();
                }
            }

            @Override
            public void complete(String accessKey, String token, Reservation reservation) {
                claims.get(accessKey + "/" + token).outcome().complete(reservation);
            }

            @Override
            public void release(String accessKey, String token) {
                Claim claim = claims.remove(accessKey + "/" + token);
                if (claim != null) {
                    claim.outcome().completeExceptionally(new IllegalStateException("released"));
                }
            }
        };
    }
}
