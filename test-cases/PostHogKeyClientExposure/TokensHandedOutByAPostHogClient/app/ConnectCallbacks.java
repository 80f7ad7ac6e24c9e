package app;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

/** Hands the tokens a client's future completes with to its lambda, which sets them in cookies. */
public class ConnectCallbacks {
  private final PostHogConnectClient posthog = new PostHogConnectClient();
  private final GithubConnectClient github = new GithubConnectClient();

  void posthogCallback(String code, HttpServletResponse response) {
    posthog
        .exchange(code)
        .thenAccept(
            tokens -> {
              response.addCookie(new Cookie("ph_refresh", tokens.refreshToken())); // Noncompliant
              response.addCookie(new Cookie("ph_expires", String.valueOf(tokens.expiresIn())));
            });
  }

  void githubCallback(String code, HttpServletResponse response) {
    github
        .exchange(code)
        .thenAccept(tokens -> response.addCookie(new Cookie("gh_refresh", tokens.refreshToken())));
  }
}
