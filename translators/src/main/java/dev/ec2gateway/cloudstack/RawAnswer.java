package dev.ec2gateway.cloudstack;

/** What came back over HTTP, before anyone has read it as CloudStack's answer. */
record RawAnswer(int status, byte[] body) {
}
