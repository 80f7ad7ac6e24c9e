package io.cohortly.api.posthog;

import com.posthog.server.PostHogInterface;
import io.cohortly.api.config.PostHogSettings;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Feature flags of the cohort API, evaluated by the posthog-server SDK. */
public final class FeatureFlagService implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(FeatureFlagService.class);

  public static final String NEW_COHORT_BUILDER = "new-cohort-builder";
  public static final String CSV_EXPORT = "cohort-csv-export";

  private final PostHogInterface posthog;

  public FeatureFlagService(PostHogSettings settings) {
    log.info(
        "Local flag evaluation: secret key configured={}, length={}",
        settings.hasSecretKey(),
        settings.secretKey().length());
    log.debug("Cohort REST calls will authenticate as {}", settings.personalApiKey());
    this.posthog = PostHogClientFactory.flagsClient(settings);
  }

  public boolean isEnabled(String distinctId, String flag) {
    Boolean enabled = posthog.isFeatureEnabled(distinctId, flag);
    return Boolean.TRUE.equals(enabled);
  }

  public Map<String, Boolean> flagsFor(String distinctId) {
    return Map.of(
        NEW_COHORT_BUILDER, isEnabled(distinctId, NEW_COHORT_BUILDER),
        CSV_EXPORT, isEnabled(distinctId, CSV_EXPORT));
  }

  @Override
  public void close() {
    posthog.close();
  }
}
