package com.northwind.events.status.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code posthog.*} settings of the status service (see application.yml). */
@ConfigurationProperties(prefix = "posthog")
public class PostHogStatusProperties {

  /** Public project key, also used by the page's posthog-js snippet. */
  private String apiKey;

  /** Personal API key used to read flag definitions from the private API. */
  private String personalApiKey;

  /** OAuth access token of the "pipeline-status" PostHog app, used for dashboard links. */
  private String accessToken;

  private String refreshToken;

  private String host = "https://us.posthog.com";

  private long projectId;

  public String getApiKey() {
    return apiKey;
  }

  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  public String getPersonalApiKey() {
    return personalApiKey;
  }

  public void setPersonalApiKey(String personalApiKey) {
    this.personalApiKey = personalApiKey;
  }

  public String getAccessToken() {
    return accessToken;
  }

  public void setAccessToken(String accessToken) {
    this.accessToken = accessToken;
  }

  public String getRefreshToken() {
    return refreshToken;
  }

  public void setRefreshToken(String refreshToken) {
    this.refreshToken = refreshToken;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public long getProjectId() {
    return projectId;
  }

  public void setProjectId(long projectId) {
    this.projectId = projectId;
  }
}
