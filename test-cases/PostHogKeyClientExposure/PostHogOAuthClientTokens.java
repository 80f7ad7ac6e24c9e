import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Security's OAuth2 client: the tokens of the client a registration named for PostHog
 * authorizes are PostHog OAuth tokens; another service's are not this rule's.
 */
@RestController
public class PostHogOAuthClientTokens {
  private static final String REGISTRATION = "posthog";

  private final OAuth2AuthorizedClientService clients;

  public PostHogOAuthClientTokens(OAuth2AuthorizedClientService clients) {
    this.clients = clients;
  }

  @GetMapping("/connect/complete")
  public String connected(@RegisteredOAuth2AuthorizedClient(REGISTRATION) OAuth2AuthorizedClient client) {
    return "redirect:/dashboard?access_token=" + client.getAccessToken().getTokenValue(); // Noncompliant
  }

  @GetMapping("/github/complete")
  public String github(@RegisteredOAuth2AuthorizedClient("github") OAuth2AuthorizedClient client) {
    return "redirect:/dashboard?github_token=" + client.getAccessToken().getTokenValue();
  }

  @GetMapping("/refresh")
  public void refresh(String user, HttpServletResponse response) {
    OAuth2AuthorizedClient client = clients.loadAuthorizedClient("posthog", user);
    ResponseCookie cookie = ResponseCookie.from("ph_refresh", client.getRefreshToken().getTokenValue()).build(); // Noncompliant
    response.addHeader("Set-Cookie", cookie.toString());
  }
}
