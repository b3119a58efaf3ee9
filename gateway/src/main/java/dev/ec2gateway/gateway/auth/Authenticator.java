package dev.ec2gateway.gateway.auth;

import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Verifies the SigV4 or SigV2 signature of an EC2 Query request and tells whose it is. */
public final class Authenticator {
    private static final String UNKNOWN_KEY = "AWS was not able to validate the provided access credentials";

    private final AccountLookup accounts;
    private final RequestWindow window;

    public Authenticator(AccountLookup accounts, Clock clock, Duration allowedSkew) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        if (Objects.requireNonNull(allowedSkew, "allowedSkew").isNegative()) {
            throw new IllegalArgumentException("The allowed clock skew cannot be negative: " + allowedSkew);
        }
        this.window = new RequestWindow(Objects.requireNonNull(clock, "clock"), allowedSkew);
    }

    /**
     * The account that signed the request.
     *
     * @throws Ec2Exception MissingParameter, IncompleteSignature, InvalidParameterValue, RequestExpired,
     *         AuthFailure (unknown access key) or SignatureDoesNotMatch
     */
    public Account authenticate(SignedRequest request) {
        SignatureClaim claim = SignatureClaims.read(request);
        claim.checkTime(window);
        Account account = accounts.find(claim.accessKey())
                .orElseThrow(() -> Ec2Error.AUTH_FAILURE.with(UNKNOWN_KEY));
        verify(claim, request, account.secretKey());
        return account;
    }

    /**
     * For a request that registers the keys it is signed with (SetUserKeys): checks the signature
     * against the claimed account's secret, without looking the key up.
     */
    public Account authenticateSelfSigned(SignedRequest request, Account claimed) {
        SignatureClaim claim = SignatureClaims.read(request);
        claim.checkTime(window);
        if (!claim.accessKey().equals(claimed.accessKey())) {
            throw Ec2Error.AUTH_FAILURE.with("The request is not signed with the access key it registers.");
        }
        verify(claim, request, claimed.secretKey());
        return claimed;
    }

    /** The access key a request says it is signed with, if it says so readably (for logs). */
    public static Optional<String> accessKeyOf(SignedRequest request) {
        try {
            return Optional.of(SignatureClaims.read(request).accessKey());
        } catch (Ec2Exception e) {
            return Optional.ofNullable(request.params().get(SigV2Claim.ACCESS_KEY_PARAM));
        }
    }

    private static void verify(SignatureClaim claim, SignedRequest request, String secretKey) {
        if (secretKey == null || secretKey.isEmpty() || !claim.matches(request, secretKey)) {
            throw Ec2Error.SIGNATURE_DOES_NOT_MATCH.with();
        }
    }
}
