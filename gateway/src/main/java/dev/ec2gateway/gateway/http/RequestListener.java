package dev.ec2gateway.gateway.http;

/**
 * Told of every finished EC2 request (metrics, usage records). Called on the request's thread after the
 * answer is written, so it must be quick and must not throw.
 */
@FunctionalInterface
public interface RequestListener {
    void requestFinished(FinishedRequest request);
}
