package masked;

/** Hands the settings view out; the view itself is built by the mapper of another file. */
public class FlagSettingsService {
  private final PostHogSettings posthog =
      new PostHogSettings("https://eu.i.posthog.com", System.getenv("POSTHOG_PERSONAL_API_KEY"));
  private FlagSettingsDto cached;

  public FlagSettingsDto settings() {
    return FlagSettingsMapper.toDto(posthog);
  }

  public FlagSettingsDto maskedSettings() {
    return FlagSettingsMapper.toMaskedDto(posthog);
  }

  public FlagSettingsDto lastSettings() {
    return cached;
  }

  public void remember(FlagSettingsDto settings) {
    this.cached = settings;
  }
}
