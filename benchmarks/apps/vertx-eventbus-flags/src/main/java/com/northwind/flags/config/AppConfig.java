package com.northwind.flags.config;

import com.northwind.flags.util.Secrets;
import io.vertx.core.json.JsonObject;

/**
 * Immutable view of the merged configuration: conf/config.yml overlaid with the environment.
 */
public final class AppConfig {

  private final int httpPort;
  private final String posthogHost;
  private final String posthogApiHost;
  private final long projectId;
  private final String projectApiKey;
  private final String personalApiKey;
  private final String secureApiKey;
  private final int pollIntervalSeconds;
  private final String adminToken;
  private final String warehouseUrl;
  private final String warehouseUser;
  private final String warehousePassword;

  private AppConfig(int httpPort, String posthogHost, String posthogApiHost, long projectId,
                    String projectApiKey, String personalApiKey, String secureApiKey,
                    int pollIntervalSeconds, String adminToken, String warehouseUrl,
                    String warehouseUser, String warehousePassword) {
    this.httpPort = httpPort;
    this.posthogHost = posthogHost;
    this.posthogApiHost = posthogApiHost;
    this.projectId = projectId;
    this.projectApiKey = projectApiKey;
    this.personalApiKey = personalApiKey;
    this.secureApiKey = secureApiKey;
    this.pollIntervalSeconds = pollIntervalSeconds;
    this.adminToken = adminToken;
    this.warehouseUrl = warehouseUrl;
    this.warehouseUser = warehouseUser;
    this.warehousePassword = warehousePassword;
  }

  public static AppConfig from(JsonObject json) {
    JsonObject http = json.getJsonObject("http", new JsonObject());
    JsonObject posthog = json.getJsonObject("posthog", new JsonObject());
    JsonObject warehouse = json.getJsonObject("warehouse", new JsonObject());
    return new AppConfig(
        Integer.parseInt(json.getString("HTTP_PORT", String.valueOf(http.getInteger("port", 8080)))),
        posthog.getString("host", "https://eu.i.posthog.com"),
        posthog.getString("apiHost", "https://eu.posthog.com"),
        posthog.getLong("projectId", 0L),
        json.getString(PostHogKeys.PROJECT_KEY_ENV, posthog.getString("projectApiKey")),
        json.getString(PostHogKeys.PERSONAL_KEY_ENV, PostHogKeys.FALLBACK_PERSONAL_KEY),
        json.getString(PostHogKeys.SECURE_KEY_ENV, ""),
        posthog.getInteger("pollIntervalSeconds", 30),
        json.getString("ADMIN_TOKEN", ""),
        warehouse.getString("url"),
        warehouse.getString("user"),
        json.getString("WAREHOUSE_PASSWORD", ""));
  }

  public int httpPort() {
    return httpPort;
  }

  public String posthogHost() {
    return posthogHost;
  }

  public String posthogApiHost() {
    return posthogApiHost;
  }

  public long projectId() {
    return projectId;
  }

  public String projectApiKey() {
    return projectApiKey;
  }

  public String personalApiKey() {
    return personalApiKey;
  }

  public String secureApiKey() {
    return secureApiKey;
  }

  public int pollIntervalSeconds() {
    return pollIntervalSeconds;
  }

  public String adminToken() {
    return adminToken;
  }

  public String warehouseUrl() {
    return warehouseUrl;
  }

  public String warehouseUser() {
    return warehouseUser;
  }

  public String warehousePassword() {
    return warehousePassword;
  }

  /** Settings consumed by the admin single-page app (flag debugger panel). */
  public JsonObject toClientJson() {
    return new JsonObject()
        .put("host", posthogHost)
        .put("projectId", projectId)
        .put("projectApiKey", projectApiKey)
        .put("personalApiKey", personalApiKey)
        .put("pollIntervalSeconds", pollIntervalSeconds);
  }

  /** Raw local-evaluation payload, handy when a flag evaluates differently than in the UI. */
  public String localEvaluationDebugUrl() {
    return posthogHost + "/api/feature_flag/local_evaluation/?token=" + projectApiKey
        + "&send_cohorts&personal_api_key=" + personalApiKey;
  }

  @Override
  public String toString() {
    return "AppConfig{httpPort=" + httpPort
        + ", posthogHost='" + posthogHost + '\''
        + ", projectId=" + projectId
        + ", projectApiKey='" + projectApiKey + '\''
        + ", personalApiKey='" + personalApiKey + '\''
        + ", secureApiKey='" + Secrets.mask(secureApiKey) + '\''
        + ", pollIntervalSeconds=" + pollIntervalSeconds
        + ", warehouseUrl='" + warehouseUrl + '\''
        + '}';
  }
}
