package app.poller;

/** The pair of keys the poller sends: the project token and the server key. */
public record PollerCredentials(String projectApiKey, String serverKey) {}
