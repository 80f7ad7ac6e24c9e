package startup;

/** A holder of static fields that the application's start fills from what its listener reads. */
public final class StartupKeys {
  private static volatile String secureKey;
  private static volatile String host = "https://eu.i.posthog.com";
  private static volatile int pollSeconds = 30;

  private StartupKeys() {}

  public static void configure(String secure, String apiHost, int poll) {
    secureKey = secure;
    if (apiHost != null) {
      host = apiHost;
    }
    pollSeconds = poll;
  }

  public static String secureKey() {
    return secureKey;
  }

  public static String host() {
    return host;
  }

  public static int pollSeconds() {
    return pollSeconds;
  }

  public static String masked(String key) {
    return key == null || key.length() < 12 ? "****" : key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}
