package app;

/** What the browser gets to start the PostHog JS client: a record, shown whole as JSON. */
public record FlagsBootstrap(String host, String token) {}
