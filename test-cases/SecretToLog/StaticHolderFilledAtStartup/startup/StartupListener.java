package startup;

/** Reads the keys once and stores them where every other class reads them. */
public class StartupListener {
  public void contextInitialized() {
    String secure = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
    StartupKeys.configure(secure, System.getenv("POSTHOG_HOST"), 60);
  }
}
