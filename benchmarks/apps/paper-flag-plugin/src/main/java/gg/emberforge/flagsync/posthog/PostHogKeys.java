package gg.emberforge.flagsync.posthog;

/**
 * Process-wide access to the active PostHog credentials, for listeners and tasks that Bukkit
 * creates without our constructor arguments.
 */
public final class PostHogKeys {

  /** Which credential a PostHog call authenticates with. */
  public enum KeyKind {
    PROJECT_API_KEY,
    PERSONAL_API_KEY,
    FEATURE_FLAGS_SECURE_KEY
  }

  private static volatile String personalKey;
  private static volatile KeyKind pollingKeyKind = KeyKind.PROJECT_API_KEY;

  private PostHogKeys() {}

  public static void install(String key) {
    personalKey = key;
    pollingKeyKind = key == null ? KeyKind.PROJECT_API_KEY : KeyKind.PERSONAL_API_KEY;
  }

  public static String personalKey() {
    return personalKey;
  }

  public static KeyKind pollingKeyKind() {
    return pollingKeyKind;
  }

  public static void clear() {
    personalKey = null;
    pollingKeyKind = KeyKind.PROJECT_API_KEY;
  }
}
