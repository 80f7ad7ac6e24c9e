import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A switch expression returns what its arms give: an object carrying the key, too. */
@RestController
public class SwitchedResponses {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  /** Its JSON form shows its getters; it has no toString() of its own. */
  public static class Settings {
    private final String host;
    private final String key;

    Settings(String host, String key) {
      this.host = host;
      this.key = key;
    }

    public String getHost() {
      return host;
    }

    public String getKey() {
      return key;
    }
  }

  @GetMapping("/settings")
  public Settings settings(@RequestParam String view) {
    return switch (view) { // Noncompliant
      case "admin" -> admin();
      default -> new Settings("https://eu.posthog.com", projectApiKey);
    };
  }

  @GetMapping("/settings/public")
  public Settings publicSettings(@RequestParam String view) {
    return switch (view) {
      case "eu" -> new Settings("https://eu.posthog.com", projectApiKey);
      default -> new Settings("https://us.posthog.com", projectApiKey);
    };
  }

  private Settings admin() {
    return new Settings("https://eu.posthog.com", personalApiKey);
  }
}
