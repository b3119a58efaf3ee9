package dev.ec2gateway.cloudstack;

/** The stage that carries a signed request to CloudStack and brings back the raw answer. */
interface Transport {
    /**
     * Sends the request and reads the answer into {@code reusable} when it fits (null: a new array); throws
     * {@link CloudStackUnavailableException} when no HTTP answer came.
     */
    RawAnswer send(SignedRequest request, byte[] reusable);
}
