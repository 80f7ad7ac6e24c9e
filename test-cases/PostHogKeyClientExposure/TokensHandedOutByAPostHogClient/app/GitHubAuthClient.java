package app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Exchanges an authorization code at GitHub's token endpoint. */
public class GitHubAuthClient {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public GitHubGrant connect(String code) throws JsonProcessingException {
    JsonNode answer = MAPPER.readTree("{}");
    return new GitHubGrant(answer.get("access_token").asText(), answer.get("refresh_token").asText());
  }

  public OAuthTokens exchangeCode(String code) {
    return new OAuthTokens("", "", 28800, "read:user");
  }
}
