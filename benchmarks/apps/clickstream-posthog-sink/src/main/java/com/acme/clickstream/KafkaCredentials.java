package com.acme.clickstream;

/**
 * SASL/SCRAM credentials for the Kafka cluster.
 */
final class KafkaCredentials {

    private final String username;
    private final String password;

    KafkaCredentials(String username, String password) {
        this.username = username;
        this.password = password;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    boolean isPresent() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }

    @Override
    public String toString() {
        return "KafkaCredentials(username=" + username + ", password=" + password + ")";
    }
}
