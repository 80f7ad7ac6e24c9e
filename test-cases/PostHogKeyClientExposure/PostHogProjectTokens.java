import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

/**
 * PostHog's project API returns the project's public token as {@code api_token} and its secret key
 * as {@code secret_api_token}: the names say which is which.
 */
@RestController
public class PostHogProjectTokens {
  private final RestTemplate posthog = new RestTemplate();

  record PostHogProject(long id, String name, @JsonProperty("api_token") String apiToken, @JsonProperty("secret_api_token") String secretApiToken) {}

  @GetMapping("/project/secret")
  public String secretToken() {
    PostHogProject project = posthog.getForObject("https://eu.posthog.com/api/projects/@current/", PostHogProject.class);
    return project.secretApiToken(); // Noncompliant
  }

  @GetMapping("/project/token")
  public String publicToken() {
    PostHogProject project = posthog.getForObject("https://eu.posthog.com/api/projects/@current/", PostHogProject.class);
    return project.apiToken();
  }
}
