package dev.ec2gateway.cloudstack;

/** The stage that carries a signed request to CloudStack and brings back the raw answer. */
interface Transport {
    /** Sends the request; throws {@link CloudStackUnavailableException} when no HTTP answer came. */
    RawAnswer send(SignedRequest request);
}
