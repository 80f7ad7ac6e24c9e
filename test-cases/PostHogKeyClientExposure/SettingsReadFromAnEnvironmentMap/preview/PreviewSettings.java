package preview;

/** The preview's settings, read by {@link PreviewSettingsLoader}. */
public record PreviewSettings(String host, String secureApiKey) {}
