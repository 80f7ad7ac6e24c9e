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

  /** The grant of the token endpoint's JSON answer, its members read by name. */
  public PostHogGrant connect(String code) throws JsonProcessingException {
    JsonNode answer = MAPPER.readTree(post("/oauth/token/", code));
    return new PostHogGrant(
        answer.get("access_token").asText(),
        answer.get("refresh_token").asText(),
        answer.path("expires_in").asLong(3600));
  }

  private String post(String path, String refreshToken) {
    return "{}";
  }
}
