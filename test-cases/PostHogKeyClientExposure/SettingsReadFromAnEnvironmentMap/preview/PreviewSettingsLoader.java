package preview;

import java.util.Map;

/** Reads a map of the environment that a test may replace: PostHog's names tell the keys. */
public final class PreviewSettingsLoader {
  private final Map<String, String> env;

  public PreviewSettingsLoader() {
    this(System.getenv());
  }

  PreviewSettingsLoader(Map<String, String> env) {
    this.env = env;
  }

  public PreviewSettings load() {
    String secureKey = env.get("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
    return new PreviewSettings(env.getOrDefault("POSTHOG_HOST", "https://eu.i.posthog.com"), secureKey);
  }
}
