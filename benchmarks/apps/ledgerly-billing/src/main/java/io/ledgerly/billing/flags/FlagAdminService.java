package io.ledgerly.billing.flags;

import io.ledgerly.billing.config.PostHogProperties;
import io.ledgerly.billing.posthog.PostHogAdminClient;
import io.ledgerly.billing.posthog.PostHogAdminClient.FeatureFlag;
import io.ledgerly.billing.support.Secrets;
import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

@Slf4j
@Service
@RequiredArgsConstructor
public class FlagAdminService {

  private final PostHogAdminClient client;
  private final PostHogProperties props;

  public List<FeatureFlag> flags() {
    log.debug("Listing flags of project {} with personal key {}", props.projectId(), props.personalApiKey());
    List<FeatureFlag> flags = client.listFlags();
    log.debug("PostHog returned {} flags", flags.size());
    return flags;
  }

  public FeatureFlag toggle(long flagId, boolean active) {
    return client.setActive(flagId, active);
  }

  public FlagSettingsDto settings() {
    return FlagSettingsMapper.toDto(props);
  }

  public FlagSettingsDto maskedSettings() {
    log.info("Serving PostHog settings, key {}", Secrets.mask(props.personalApiKey()));
    return FlagSettingsMapper.toMaskedDto(props);
  }

  public String projectApiKey() {
    return props.apiKey();
  }

  public String host() {
    return props.host();
  }

  public String personalApiKey() {
    return props.personalApiKey();
  }

  public boolean personalKeyConfigured() {
    return props.personalApiKey() != null && !props.personalApiKey().isBlank();
  }
}
