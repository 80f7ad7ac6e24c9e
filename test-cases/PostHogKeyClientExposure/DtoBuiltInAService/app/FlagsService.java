package app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Builds the bootstrap data from configuration: by mistake, from the personal key. */
@Service
public class FlagsService {
  @Value("${posthog.personal-api-key}")
  private String personalApiKey;

  @Value("${posthog.api-key}")
  private String projectApiKey;

  @Value("${posthog.host}")
  private String host;

  public FlagsBootstrap bootstrap() {
    return new FlagsBootstrap(host, personalApiKey);
  }

  public FlagsBootstrap publicBootstrap() {
    return new FlagsBootstrap(host, projectApiKey);
  }
}
