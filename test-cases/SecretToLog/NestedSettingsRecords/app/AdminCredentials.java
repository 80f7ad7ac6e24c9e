package app;

/** A top-level record another record holds. */
public record AdminCredentials(String user, String password) {}
