package dev.ec2gateway.cloudstack;

/** A CloudStack user's API key and secret key; the secret never shows in {@link #toString()}. */
public record CloudStackCredentials(String apiKey, String secretKey) {
    @Override
    public String toString() {
        return "CloudStackCredentials[apiKey=" + apiKey + ", secretKey=***]";
    }
}
