package dev.ec2gateway.cloudstack;

/**
 * What came back over HTTP, before anyone has read it as CloudStack's answer: the body is the first
 * {@code length} bytes of {@code bytes} (a list walk reads each page into the array of the one before).
 */
record RawAnswer(int status, byte[] bytes, int length) {
    RawAnswer(int status, byte[] body) {
        this(status, body, body.length);
    }
}
