package mapped;

/** What posthog-js needs in the browser: the project key, named as its client calls it. */
public record BootstrapView(String apiKey, String apiHost) {}
