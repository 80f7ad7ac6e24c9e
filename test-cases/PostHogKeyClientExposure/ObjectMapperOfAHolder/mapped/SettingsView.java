package mapped;

/** What the settings page gets, shown whole as JSON. */
public record SettingsView(String host, String projectKey, String secureApiKey) {}
