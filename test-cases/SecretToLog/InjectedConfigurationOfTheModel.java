import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.smallrye.config.ConfigMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Micronaut's and SmallRye's injected configuration, and a generated BuildConfig class. */
public class InjectedConfigurationOfTheModel {
  private static final Logger log = LoggerFactory.getLogger(InjectedConfigurationOfTheModel.class);

  @Value("${posthog.personal-api-key}")
  String micronautKey;

  @Property(name = "stripe.secret-key")
  String stripeKey;

  @Value("${posthog.host:https://eu.i.posthog.com}")
  String host;

  // Keys that name where a secret travels, not the secret: a header's name (X-Api-Key).
  @Value("${security.api-key-header:X-Api-Key}")
  String apiKeyHeaderName;

  @Property(name = "partner.api-token-header")
  String partnerTokenHeader;

  @ConfigurationProperties("posthog")
  static class PostHogSettings {
    String personalApiKey;
    String host;
  }

  /** A field set from a constructor's injected header name holds that name, whatever it is called. */
  static class PartnerCheck {
    private final String apiTokenHeader;
    private final String apiToken;

    PartnerCheck(
        @Value("${partner.api-token-header}") String apiTokenHeader,
        @Value("${partner.api-token}") String apiToken) {
      this.apiTokenHeader = apiTokenHeader;
      this.apiToken = apiToken;
    }

    void check() {
      log.info("partner header {}", apiTokenHeader);
      log.info("partner token {}", apiToken); // Noncompliant
    }
  }

  @ConfigMapping(prefix = "mail")
  interface MailSettings {
    String password();

    String server();
  }

  void report(PostHogSettings settings, MailSettings mail) {
    log.info("key {}", micronautKey); // Noncompliant
    log.info("stripe {}", stripeKey); // Noncompliant
    log.info("host {}", host);
    log.info("api key header {}", apiKeyHeaderName);
    log.info("partner header {}", partnerTokenHeader);
    log.info("flags key {}", settings.personalApiKey); // Noncompliant
    log.info("mail password {}", mail.password()); // Noncompliant
    log.info("mail server {}", mail.server());
    // A class the build generates (here posthog-server's own): its fields name no secret.
    log.info("sdk {}", com.posthog.BuildConfig.VERSION_NAME);
  }
}
