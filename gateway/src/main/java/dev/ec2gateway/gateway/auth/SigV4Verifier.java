package dev.ec2gateway.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Checks an AWS Signature Version 4 with the credential scope exactly as the client sent it. */
final class SigV4Verifier {
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String HMAC = "HmacSHA256";

    private SigV4Verifier() {
    }

    static boolean matches(SigV4Claim claim, SignedRequest request, String secretKey) {
        if (!claim.credential().date().equals(claim.amzDate().substring(0, 8))) {
            return false;
        }
        byte[] signingKey = signingKey(secretKey, claim.credential());
        byte[] given = claim.signature().strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        for (CanonicalRequest canonical : CanonicalRequest.candidates(claim, request)) {
            String expected = Hashing.hex(Hashing.hmac(HMAC, signingKey, stringToSign(claim, canonical)));
            if (Hashing.sameBytes(expected.getBytes(StandardCharsets.US_ASCII), given)) {
                return true;
            }
        }
        return false;
    }

    static String stringToSign(SigV4Claim claim, CanonicalRequest canonical) {
        return ALGORITHM + "\n" + claim.amzDate() + "\n" + claim.credential().scope() + "\n"
                + Hashing.sha256Hex(canonical.text().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] signingKey(String secretKey, CredentialScope scope) {
        byte[] key = Hashing.hmac(HMAC, ("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), scope.date());
        key = Hashing.hmac(HMAC, key, scope.region());
        key = Hashing.hmac(HMAC, key, scope.service());
        return Hashing.hmac(HMAC, key, CredentialScope.TERMINATOR);
    }
}
