package app;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An OAuth token is anyone's by its name alone; handed out by a client named for PostHog (directly,
 * or through the answer it returned), it is PostHog's.
 */
public class ConnectServlet extends HttpServlet {
  private final PostHogAuthClient posthog = new PostHogAuthClient();
  private final GitHubAuthClient github = new GitHubAuthClient();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OAuthTokens tokens;
    tokens = posthog.exchangeCode(request.getParameter("code"));
    response.addCookie(new Cookie("ph_refresh", tokens.refreshToken())); // Noncompliant
    response.sendRedirect("/connected#scope=" + tokens.scope() + "&ttl=" + tokens.expiresIn());
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String accessToken = posthog.refreshAccessToken(request.getParameter("refresh"));
    response.sendRedirect("/connected#access_token=" + accessToken); // Noncompliant
  }

  @Override
  protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OAuthTokens tokens = github.exchangeCode(request.getParameter("code"));
    response.sendRedirect("/linked#access_token=" + tokens.accessToken());
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PostHogGrant grant = posthog.connect(request.getParameter("code"));
    response.addCookie(new Cookie("ph_refresh", grant.refreshToken())); // Noncompliant
    response.sendRedirect("/connected#access_token=" + grant.accessToken()); // Noncompliant
    GitHubGrant linked = github.connect(request.getParameter("code"));
    response.addCookie(new Cookie("gh_refresh", linked.refreshToken()));
    response.sendRedirect("/linked#access_token=" + linked.accessToken());
  }
}
