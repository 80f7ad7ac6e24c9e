package masked;

/** Where PostHog is and the personal key its admin API takes. */
public record PostHogSettings(String host, String personalApiKey) {}
