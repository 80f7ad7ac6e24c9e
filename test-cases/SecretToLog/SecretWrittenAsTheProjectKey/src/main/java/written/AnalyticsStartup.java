package written;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/**
 * The code reads posthog.api-key as the project key, right by its names: where a config file writes
 * a secret key there, that file's finding says so; its uses are not reported again.
 */
public class AnalyticsStartup {
  private static final Logger log = LoggerFactory.getLogger(AnalyticsStartup.class);

  @Value("${posthog.api-key}")
  private String projectKey;

  @Value("${posthog.personal-api-key}")
  private String personalKey;

  void start() {
    log.info("capturing with project key {}", projectKey);
    log.info("local evaluation with {}", personalKey); // Noncompliant
  }
}
