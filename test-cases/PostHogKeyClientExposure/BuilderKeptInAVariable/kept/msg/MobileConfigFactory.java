package kept.msg;

/** Builds the config in steps, in a builder kept in a variable. */
public class MobileConfigFactory {
  private final String flagsSecureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");

  public MobileConfig forPlatform(String platform) {
    MobileConfig.Builder builder = MobileConfig.newBuilder().setHost("https://us.posthog.com");
    if ("ios".equals(platform)) {
      builder.setFlagsKey(flagsSecureKey).setPollSeconds(600);
    }
    return builder.build();
  }

  public MobileConfig forWeb() {
    MobileConfig.Builder builder = MobileConfig.newBuilder().setHost("https://us.posthog.com");
    builder.setPollSeconds(300);
    return builder.build();
  }
}
