package app;

/** Another service's settings: its secret key is no PostHog key. */
public class PaymentSettings {
  private String secretKey;

  public String getSecretKey() {
    return secretKey;
  }
}
