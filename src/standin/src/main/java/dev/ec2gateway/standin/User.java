package dev.ec2gateway.standin;

import java.time.Instant;

/** A user of an account, with its API keys (absent until registered). */
final class User {

    private final String id;
    private final String username;
    private final String firstname;
    private final String lastname;
    private final String email;
    private final Instant created;
    private final Account account;
    private boolean enabled = true;
    private String apiKey;
    private String secretKey;

    User(String id, String username, String firstname, String lastname, Instant created, Account account) {
        this.id = id;
        this.username = username;
        this.firstname = firstname;
        this.lastname = lastname;
        this.email = username + "@example.test";
        this.created = created;
        this.account = account;
    }

    String id() {
        return id;
    }

    String username() {
        return username;
    }

    String firstname() {
        return firstname;
    }

    String lastname() {
        return lastname;
    }

    String email() {
        return email;
    }

    Instant created() {
        return created;
    }

    Account account() {
        return account;
    }

    boolean enabled() {
        return enabled;
    }

    void setEnabled(boolean value) {
        enabled = value;
    }

    String apiKey() {
        return apiKey;
    }

    String secretKey() {
        return secretKey;
    }

    boolean hasKeys() {
        return apiKey != null;
    }

    void setKeys(String newApiKey, String newSecretKey) {
        apiKey = newApiKey;
        secretKey = newSecretKey;
    }

    StandInUser asStandInUser() {
        return new StandInUser(account.name(), id, apiKey, secretKey);
    }
}
