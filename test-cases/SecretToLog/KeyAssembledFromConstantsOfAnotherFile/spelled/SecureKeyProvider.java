package spelled;

/** Its text spells no key: the key is what the other file's constants spell. */
public class SecureKeyProvider {
  private final String secureKey = FlagDefaults.FLAGS_KEY_PREFIX + FlagDefaults.FLAGS_KEY_BODY;

  private final String projectKey = FlagDefaults.PROJECT_KEY;

  public String secureKey() {
    return secureKey;
  }

  public String projectKey() {
    return projectKey;
  }
}
