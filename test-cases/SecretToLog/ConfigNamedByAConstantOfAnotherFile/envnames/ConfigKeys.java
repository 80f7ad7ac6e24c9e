package envnames;

/** The configuration keys the services read, shared by every module. */
public final class ConfigKeys {
  public static final String ADMIN_KEY = "posthog.personal-api-key";
  public static final String REGION = "posthog.region";

  private ConfigKeys() {}
}
