package dev.ec2gateway.cloudstack;

/** A command ready to send: its name and the complete, signed query string. */
record SignedRequest(String command, String query) {
    @Override
    public String toString() {
        // The query carries the signature, which must not end up in logs.
        return "SignedRequest[command=" + command + "]";
    }
}
