package fluent;

import org.springframework.beans.factory.annotation.Value;

/** The settings, and the client configuration built from them: by mistake, with the secure key. */
public class Settings {
  @Value("${posthog.feature-flags-secure-api-key}")
  private String flagsSecureKey;

  @Value("${posthog.host}")
  private String host;

  public String getFlagsSecureKey() {
    return flagsSecureKey;
  }

  public ClientConfig toClientConfig() {
    return new ClientConfig().apiHost(host).localEvaluationKey(flagsSecureKey);
  }

  public ClientConfig toPublicConfig() {
    return new ClientConfig().apiHost(host);
  }

  public String fingerprint() {
    return new Fingerprints().of(flagsSecureKey);
  }
}
