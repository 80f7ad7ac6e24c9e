import com.posthog.server.PostHogConfig;
import org.springframework.beans.factory.annotation.Value;

/**
 * The key an injection falls back to where no configuration sets its entry: a secret key there
 * reaches the project-key slot, whatever the entry's name says.
 */
public class SecretKeyAsAnInjectionsDefault {
  PostHogConfig audit(@Value("${posthog.audit.api-key:phx_uJNEHEv9LYdhHBdika2xK3wZDtvEawSDPN97dsJcYFGE67xE}") String auditApiKey) {
    return PostHogConfig.builder(auditApiKey).build(); // Noncompliant
  }

  PostHogConfig placeholderDefault(@Value("${posthog.api-key:phx_your_personal_api_key}") String apiKey) {
    return PostHogConfig.builder(apiKey).build();
  }

  PostHogConfig projectKeyDefault(@Value("${posthog.api-key:phc_ndWgoc68wuoqFqPx78eXv7ttc8KWisd9Qb5wwsTrfgbHGeYT}") String apiKey) {
    return PostHogConfig.builder(apiKey).build();
  }
}
