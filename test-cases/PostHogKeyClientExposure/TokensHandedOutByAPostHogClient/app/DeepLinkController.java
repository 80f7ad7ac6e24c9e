package app;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What another file hands out, kept under a PostHog token's name, is PostHog's token. */
@Controller
public class DeepLinkController {
  private final AuthorizedClientTokens tokens = new AuthorizedClientTokens();

  @GetMapping("/flags/open-in-posthog")
  public String openInPostHog(OAuth2AuthorizedClient client) {
    String posthogAccessToken = tokens.currentAccessToken(client);
    return "redirect:https://eu.posthog.com/project/1/feature_flags?access_token=" + posthogAccessToken; // Noncompliant
  }

  @GetMapping("/connections/open")
  public String openConnection(OAuth2AuthorizedClient client) {
    PostHogConnection connection = new ConnectionStore().load(client);
    return "redirect:https://eu.posthog.com/?access_token=" + connection.accessToken(); // Noncompliant
  }

  @GetMapping("/repos/open-in-github")
  public String openInGitHub(OAuth2AuthorizedClient client) {
    String githubAccessToken = tokens.currentAccessToken(client);
    return "redirect:https://github.com/login?access_token=" + githubAccessToken;
  }
}
