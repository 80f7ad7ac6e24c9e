import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a condition found a personal-key setting to hold the public project key (a common
 * misconfiguration a client warns about), the value logged there is that public key.
 */
public class ProjectKeyChecks {
  private static final Logger log = LoggerFactory.getLogger(ProjectKeyChecks.class);

  static boolean isProjectKey(String key) {
    return key != null && key.startsWith("phc_");
  }

  void configure(String personalApiKey) {
    if (isProjectKey(personalApiKey)) {
      log.warn("Project key {} set where a personal API key is expected", personalApiKey);
    }
    if (personalApiKey != null && personalApiKey.startsWith("phc_")) {
      log.warn("Project key {} set as the personal key", personalApiKey);
    }
    String shown = isProjectKey(personalApiKey) ? personalApiKey : "(hidden)";
    log.info("Personal key setting: {}", shown);
    if (!personalApiKey.startsWith("phc_")) {
      log.info("Personal key {} accepted", personalApiKey); // Noncompliant
    }
    log.debug("Personal key {}", personalApiKey); // Noncompliant
  }
}
