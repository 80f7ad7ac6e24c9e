package app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Exchanges an authorization code at PostHog's token endpoint. */
public class PostHogAuthClient {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public OAuthTokens exchangeCode(String code) {
    return new OAuthTokens("", "", 3600, "feature_flag:read");
  }

  /** The access token of the token endpoint's JSON answer. */
  public String refreshAccessToken(String refreshToken) {
    try {
      JsonNode answer = MAPPER.readTree(post("/oauth/token/", refreshToken));
      return answer.path("access_token").asText();
    } catch (JsonProcessingException e) {
      return "";
    }
  }

  private String post(String path, String refreshToken) {
    return "{}";
  }
}
