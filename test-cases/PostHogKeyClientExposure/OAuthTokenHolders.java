import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

/**
 * An OAuth token is anyone's by its name alone; held by a type named for PostHog, or named for
 * PostHog itself, it is PostHog's ({@code pha_}, {@code phr_}).
 */
@RestController
public class OAuthTokenHolders {
  private final RestTemplate tokens = new RestTemplate();
  private final String posthogRefreshToken = System.getenv("POSTHOG_OAUTH_REFRESH_TOKEN");
  private final String posthogTokenType = System.getenv("POSTHOG_OAUTH_TOKEN_TYPE");

  record PostHogCredentials(String accessToken, String refreshToken, String scope) {}

  record GithubCredentials(String accessToken) {}

  static class PostHogOAuthClient {
    record TokenResponse(String accessToken, String refreshToken, int expiresIn) {}
  }

  @GetMapping("/posthog/refresh")
  public ResponseEntity<Void> refreshed() {
    PostHogCredentials credentials = tokens.getForObject("https://eu.posthog.com/oauth/token", PostHogCredentials.class);
    return ResponseEntity.ok().header("X-Access-Token", credentials.accessToken()).build(); // Noncompliant
  }

  @GetMapping("/posthog/scope")
  public String scope() {
    PostHogCredentials credentials = tokens.getForObject("https://eu.posthog.com/oauth/token", PostHogCredentials.class);
    return credentials.scope();
  }

  @GetMapping("/github/refresh")
  public ResponseEntity<Void> github() {
    GithubCredentials credentials = tokens.getForObject("https://github.com/login/oauth/access_token", GithubCredentials.class);
    return ResponseEntity.ok().header("X-Access-Token", credentials.accessToken()).build();
  }

  @GetMapping("/posthog/stored")
  public String stored() {
    return posthogRefreshToken; // Noncompliant
  }

  @GetMapping("/posthog/type")
  public String type() {
    return posthogTokenType;
  }

  @GetMapping("/posthog/callback")
  public ResponseEntity<Void> callback() {
    PostHogOAuthClient.TokenResponse answer = tokens.getForObject("https://eu.posthog.com/oauth/token", PostHogOAuthClient.TokenResponse.class);
    return ResponseEntity.status(302).header("Location", "/connected#refresh=" + answer.refreshToken()).build(); // Noncompliant
  }
}
