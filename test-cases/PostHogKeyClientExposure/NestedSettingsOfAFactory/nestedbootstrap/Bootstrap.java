package nestedbootstrap;

/** What the browser gets to start its PostHog client. */
public record Bootstrap(String host, String key) {}
