package dev.kestrel.flagwire.posthog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Thin client for PostHog's private API (feature flags), authenticated with a personal API key. */
public final class PostHogAdminClient {

  private static final Logger LOG = Logger.getLogger(PostHogAdminClient.class.getName());

  private final URI apiHost;
  private final long projectId;
  private final String personalApiKey;
  private final Duration timeout;
  private final HttpClient http;

  private PostHogAdminClient(Builder builder) {
    this.apiHost = builder.apiHost;
    this.projectId = builder.projectId;
    this.personalApiKey = builder.personalApiKey;
    this.timeout = builder.timeout;
    this.http = HttpClient.newBuilder().connectTimeout(builder.timeout).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public String listFlagsJson() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(
            apiHost.resolve("/api/projects/" + projectId + "/feature_flags/?limit=200"))
        .timeout(timeout)
        .header("Authorization", "Bearer " + personalApiKey)
        .header("Accept", "application/json")
        .GET()
        .build();
    if (LOG.isLoggable(Level.FINEST)) {
      request.headers().map().forEach((name, values) -> LOG.finest("> " + name + ": " + values));
    }
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 401) {
      throw new IOException("PostHog rejected the personal API key of " + this);
    }
    if (response.statusCode() != 200) {
      throw new IOException("PostHog answered HTTP " + response.statusCode());
    }
    return response.body();
  }

  @Override
  public String toString() {
    return "PostHogAdminClient{apiHost=" + apiHost + ", projectId=" + projectId
        + ", personalApiKey=" + PostHogDefaults.mask(personalApiKey) + ", timeout=" + timeout + '}';
  }

  public static final class Builder {

    private URI apiHost = URI.create(PostHogDefaults.US_API_HOST);
    private long projectId;
    private String personalApiKey;
    private Duration timeout = Duration.ofSeconds(10);

    private Builder() {
    }

    public Builder apiHost(String host) {
      this.apiHost = URI.create(host);
      return this;
    }

    public Builder projectId(long projectId) {
      this.projectId = projectId;
      return this;
    }

    public Builder personalApiKey(String personalApiKey) {
      this.personalApiKey = personalApiKey;
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public PostHogAdminClient build() {
      Objects.requireNonNull(personalApiKey, "personalApiKey");
      return new PostHogAdminClient(this);
    }
  }
}
