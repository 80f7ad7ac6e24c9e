package envnames;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Configuration injected under keys another file holds. */
public class InjectedSettings {
  @ConfigProperty(name = ConfigKeys.ADMIN_KEY)
  String adminKey;

  @ConfigProperty(name = ConfigKeys.REGION)
  String region;

  public String adminKey() {
    return adminKey;
  }

  public String region() {
    return region;
  }
}
