package envnames;

/** The names of the environment variables the services read, shared by every module. */
public final class EnvNames {
  public static final String POSTHOG_ADMIN_KEY = "POSTHOG_PERSONAL_API_KEY";
  public static final String FLAGS_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
  public static final String POSTHOG_HOST = "POSTHOG_HOST";

  private EnvNames() {}
}
