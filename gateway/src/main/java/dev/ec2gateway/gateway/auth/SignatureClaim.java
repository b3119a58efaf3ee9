package dev.ec2gateway.gateway.auth;

/** What a request claims about its signature: who signed it, when, and how to check it against a secret. */
sealed interface SignatureClaim permits SigV4Claim, SigV2Claim {

    String accessKey();

    /** Throws RequestExpired when the request is outside its time window. */
    void checkTime(RequestWindow window);

    /** Whether the request's signature is the one the secret makes. */
    boolean matches(SignedRequest request, String secretKey);
}
