package maskedlog;

/** Builds the settings view: whole for the ops console, masked for everyone else. */
public final class FlagSettingsMapper {
  private FlagSettingsMapper() {}

  public static FlagSettingsDto toDto(PostHogSettings settings) {
    return new FlagSettingsDto(settings.host(), settings.personalApiKey());
  }

  public static FlagSettingsDto toMaskedDto(PostHogSettings settings) {
    return new FlagSettingsDto(settings.host(), mask(settings.personalApiKey()));
  }

  private static String mask(String key) {
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}
