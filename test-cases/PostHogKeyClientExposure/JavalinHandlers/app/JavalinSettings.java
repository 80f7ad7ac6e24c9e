package app;

/** The settings the handlers share; its JSON form shows every component. */
public record JavalinSettings(String env, int port, String dbPassword, String projectApiKey, String personalApiKey) {}
