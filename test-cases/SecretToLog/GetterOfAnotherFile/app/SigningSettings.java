package app;

import org.springframework.beans.factory.annotation.Value;

/** Settings whose getters have innocent names: only their source says what they hold. */
public class SigningSettings {
  @Value("${webhook.signing-secret}")
  private String webhookValue;

  @Value("${webhook.url}")
  private String url;

  public String currentValue() {
    return webhookValue;
  }

  public String endpoint() {
    return url;
  }
}
