package lookup;

/** The names of the settings the job reads. */
public final class SettingNames {
  private SettingNames() {}

  public static final String PERSONAL_KEY = "POSTHOG_PERSONAL_API_KEY";
  public static final String HOST = "POSTHOG_HOST";
}
