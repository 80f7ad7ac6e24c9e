package com.copperfox.admin.settings;

import lombok.Data;
import lombok.ToString;
import org.springframework.boot.context.properties.ConfigurationProperties;

@Data
@ConfigurationProperties(prefix = "copperfox.posthog")
public class PostHogAdminSettings {

  private String host = "https://us.posthog.com";

  private long projectId;

  @ToString.Exclude
  private String personalApiKey;

  private String apiKeyHeader = "Authorization";

  private OAuth oauth = new OAuth();

  @Data
  public static class OAuth {
    private String clientId;
    @ToString.Exclude
    private String refreshToken;
  }
}
