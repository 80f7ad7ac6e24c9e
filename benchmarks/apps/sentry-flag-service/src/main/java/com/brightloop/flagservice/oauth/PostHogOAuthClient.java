package com.brightloop.flagservice.oauth;

import com.brightloop.flagservice.config.PostHogProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Exchanges authorization codes for PostHog OAuth tokens (the "Connect PostHog" button). */
@Component
public class PostHogOAuthClient {

  public enum TokenType { ACCESS, REFRESH }

  /** Tokens PostHog issues to the integration. */
  public record PostHogOAuthTokens(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("refresh_token") String refreshToken,
      @JsonProperty("expires_in") long expiresIn,
      String scope) {}

  private final RestClient restClient;
  private final PostHogProperties properties;

  public PostHogOAuthClient(RestClient.Builder builder, PostHogProperties properties) {
    this.restClient = builder.baseUrl("https://eu.posthog.com").build();
    this.properties = properties;
  }

  public PostHogOAuthTokens exchange(String code) {
    return post(TokenType.ACCESS, "authorization_code", "code", code);
  }

  public PostHogOAuthTokens refresh(String refreshToken) {
    return post(TokenType.REFRESH, "refresh_token", "refresh_token", refreshToken);
  }

  private PostHogOAuthTokens post(TokenType type, String grant, String field, String value) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", grant);
    form.add(field, value);
    form.add("client_id", properties.oauth().clientId());
    form.add("redirect_uri", properties.oauth().redirectUri());
    return restClient.post()
        .uri("/oauth/token/")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(form)
        .retrieve()
        .body(PostHogOAuthTokens.class);
  }
}
