package app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** OAuth tokens read from a token endpoint's answer: PostHog's where the record holding them is named for PostHog. */
public class OAuthTokenClient {
  public record PostHogTokens(String accessToken, String refreshToken, long expiresIn) {}

  public record PartnerTokens(String accessToken) {}

  private final ObjectMapper mapper = new ObjectMapper();

  public PostHogTokens exchange(java.io.InputStream answer) throws Exception {
    JsonNode node = mapper.readTree(answer);
    return new PostHogTokens(
        node.get("access_token").asText(),
        node.get("refresh_token").asText(),
        node.path("expires_in").asLong(3600));
  }

  public PartnerTokens partner(java.io.InputStream answer) throws Exception {
    return new PartnerTokens(mapper.readTree(answer).get("access_token").asText());
  }
}
