package com.copperfox.admin.service;

import com.copperfox.admin.settings.PostHogAdminSettings;
import com.copperfox.admin.settings.SecretNames;
import com.copperfox.admin.support.KeyMasks;
import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.List;
import java.util.stream.StreamSupport;
import lombok.extern.slf4j.Slf4j;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Slf4j
@Service
public class PostHogAdminService {

  private static final boolean VERBOSE_SDK = true;

  private final PostHogAdminSettings settings;
  private final RestClient api;

  @Value("${posthog.api.key}")
  private String projectApiKey;

  public PostHogAdminService(PostHogAdminSettings settings, RestClient.Builder builder) {
    this.settings = settings;
    this.api = builder
        .baseUrl(settings.getHost() + "/api/projects/" + settings.getProjectId())
        .defaultHeaders(h -> h.setBearerAuth(settings.getPersonalApiKey()))
        .requestInterceptor((request, body, execution) -> {
          log.debug("PostHog API {} {} {}", request.getMethod(), request.getURI(), request.getHeaders());
          return execution.execute(request, body);
        })
        .build();
    log.info("PostHog admin service ready: {}", settings);
  }

  public PostHogInterface adminClient() {
    PostHogConfig config = PostHogConfig.builder(projectApiKey)
        .host(settings.getHost())
        .personalApiKey(settings.getPersonalApiKey())
        .debug(VERBOSE_SDK)
        .build();
    return PostHog.with(config);
  }

  public PostHogInterface flagsOnlyClient() {
    PostHogConfig config = PostHogConfig.builder(projectApiKey)
        .host(settings.getHost())
        .personalApiKey(projectApiKey)
        .build();
    return PostHog.with(config);
  }

  public PostHogInterface demoClient() {
    String demoKey = String.join("", SecretNames.DEMO_KEY_HEAD, SecretNames.DEMO_KEY_TAIL);
    return PostHog.with(PostHogConfig.builder(projectApiKey).personalApiKey(demoKey).build());
  }

  public List<FlagRow> listFlags() throws PostHogConnectionException {
    MDC.put("posthog.project", String.valueOf(settings.getProjectId()));
    MDC.put("posthog.credential", settings.getPersonalApiKey());
    try {
      JsonNode page = api.get().uri("/feature_flags/?limit=200")
          .retrieve()
          .onStatus(HttpStatusCode::isError, (req, res) -> {
            throw new IllegalStateException("PostHog answered " + res.getStatusCode());
          })
          .body(JsonNode.class);
      return StreamSupport.stream(page.path("results").spliterator(), false)
          .map(n -> new FlagRow(n.path("id").asLong(), n.path("key").asText(), n.path("name").asText(),
              n.path("active").asBoolean(), n.path("rollout_percentage").asInt(100)))
          .toList();
    } catch (IllegalStateException e) {
      throw new PostHogConnectionException("PostHog refused personal API key " + settings.getPersonalApiKey() + " for project " + settings.getProjectId());
    } finally {
      MDC.clear();
    }
  }

  public String connectionSummary() {
    return "Project " + settings.getProjectId() + " via " + settings.getHost()
        + " (key " + KeyMasks.mask(settings.getPersonalApiKey()) + ")";
  }

  public String getPersonalApiKey() {
    return settings.getPersonalApiKey();
  }

  public String getProjectApiKey() {
    return projectApiKey;
  }

  public boolean hasPersonalKey() {
    return settings.getPersonalApiKey() != null && !settings.getPersonalApiKey().isBlank();
  }
}
