package flags;

import hudson.util.Secret;
import jenkins.model.GlobalConfiguration;

/**
 * The page of a global configuration renders its properties (Jelly's field="..."): a secret kept
 * as a String is shown in clear, a Secret encrypted.
 */
public class PostHogConfiguration extends GlobalConfiguration {
  private String projectApiKey;
  private Secret personalApiKey;
  private String featureFlagsSecureKey;

  public String getProjectApiKey() {
    return projectApiKey;
  }

  public Secret getPersonalApiKey() {
    return personalApiKey;
  }

  public String getFeatureFlagsSecureKey() {
    return featureFlagsSecureKey; // Noncompliant
  }

  public String getPersonalKeyText() {
    return Secret.toString(personalApiKey); // Noncompliant
  }

  public Secret getSecureKeyAsSecret() {
    return Secret.fromString(featureFlagsSecureKey);
  }
}
