package dev.ec2gateway.actions;

import dev.ec2gateway.ec2.Ec2Error;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An action's ClientToken: the first request with a token claims it and acts; a repeat with the same
 * parameters gets the first one's answer (waiting, bounded, while the first is still acting); a repeat
 * with other parameters is IdempotentParameterMismatch. Kept per caller.
 *
 * @param <T> the answer kept for the token
 */
public interface TokenClaims<T> {
    /**
     * Claims the token for a request whose parameters have this fingerprint. Empty: the caller now owns
     * the token and must {@link #complete} or {@link #release} it. Present: the answer an earlier request
     * with the token got.
     */
    Optional<T> claim(String accessKey, String token, String fingerprint);

    /** Stores the answer of the request that claimed the token. */
    void complete(String accessKey, String token, T answer);

    /** Gives a claimed token up (the request failed), so that a retry may act again. */
    void release(String accessKey, String token);

    /** Tokens in memory only (tests, and the demo). */
    static <T> TokenClaims<T> inMemory() {
        record Claim<T>(String fingerprint, CompletableFuture<T> outcome) {
        }
        Map<String, Claim<T>> claims = new ConcurrentHashMap<>();
        return new TokenClaims<>() {
            @Override
            public Optional<T> claim(String accessKey, String token, String fingerprint) {
                Claim<T> mine = new Claim<>(fingerprint, new CompletableFuture<>());
                Claim<T> earlier = claims.putIfAbsent(accessKey + "/" + token, mine);
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
            public void complete(String accessKey, String token, T answer) {
                claims.get(accessKey + "/" + token).outcome().complete(answer);
            }

            @Override
            public void release(String accessKey, String token) {
                Claim<T> claim = claims.remove(accessKey + "/" + token);
                if (claim != null) {
                    claim.outcome().completeExceptionally(new IllegalStateException("released"));
                }
            }
        };
    }
}
