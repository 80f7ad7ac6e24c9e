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

  /** A token Spring Security hands out is anyone's; kept under a PostHog token's name, PostHog's. */
  @GetMapping("/posthog/login")
  public ResponseEntity<Void> login(org.springframework.security.oauth2.client.OAuth2AuthorizedClient client) {
    String posthogRefreshToken = client.getRefreshToken().getTokenValue();
    String githubRefreshToken = client.getRefreshToken().getTokenValue();
    if (posthogRefreshToken == null) {
      return ResponseEntity.ok().header("Set-Cookie", "gh_refresh=" + githubRefreshToken).build();
    }
    return ResponseEntity.ok().header("Set-Cookie", "ph_refresh=" + posthogRefreshToken).build(); // Noncompliant
  }

  @GetMapping("/posthog/callback")
  public ResponseEntity<Void> callback() {
    PostHogOAuthClient.TokenResponse answer = tokens.getForObject("https://eu.posthog.com/oauth/token", PostHogOAuthClient.TokenResponse.class);
    return ResponseEntity.status(302).header("Location", "/connected#refresh=" + answer.refreshToken()).build(); // Noncompliant
  }
}
