package mgmt;

import io.micronaut.management.endpoint.annotation.Delete;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.annotation.Read;
import io.micronaut.management.endpoint.annotation.Write;
import java.util.Map;

/** A Micronaut management endpoint's operations answer its HTTP clients. */
@Endpoint("posthog")
public class PostHogManagement {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @Read
  public Map<String, String> status() {
    return Map.of("host", "https://eu.i.posthog.com", "personalApiKey", personalApiKey); // Noncompliant
  }

  @Write
  public String rotate() {
    return "rotated " + personalApiKey; // Noncompliant
  }

  @Delete
  public Map<String, String> evict() {
    return Map.of("projectApiKey", projectApiKey, "personalApiKey", mask(personalApiKey));
  }

  String internal() {
    return personalApiKey;
  }

  private static String mask(String key) {
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}
