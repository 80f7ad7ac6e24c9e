package com.harborline.console.posthog;

import com.harborline.console.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

/** Keeps the console's cohort list in step with PostHog. */
@Component
public class CohortRefreshJob {

  private static final Logger log = LoggerFactory.getLogger(CohortRefreshJob.class);

  public record Cohort(long id, String name, int count, boolean deleted) {
  }

  public record CohortPage(int count, String next, List<Cohort> results) {
  }

  private final RestTemplate posthogRestTemplate;
  private final PostHogProperties properties;
  private volatile Map<Long, Cohort> cohorts = Map.of();

  public CohortRefreshJob(RestTemplate posthogRestTemplate, PostHogProperties properties) {
    this.posthogRestTemplate = posthogRestTemplate;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "${posthog.cohort-refresh:PT5M}", initialDelayString = "PT30S")
  public void refreshCohorts() {
    MDC.put("job", "cohort-refresh");
    MDC.put("posthogProject", Long.toString(properties.getProjectId()));
    String path = String.format("/api/projects/%d/cohorts/?limit=500", properties.getProjectId());
    try {
      ResponseEntity<CohortPage> page = posthogRestTemplate.getForEntity(path, CohortPage.class);
      CohortPage body = page.getBody();
      if (body != null) {
        Map<Long, Cohort> fresh = new java.util.HashMap<>();
        body.results().stream().filter(c -> !c.deleted()).forEach(c -> fresh.put(c.id(), c));
        cohorts = Map.copyOf(fresh);
        log.info("Refreshed {} cohorts from {}{}", fresh.size(), properties.getApiHost(), path);
      }
    } catch (HttpClientErrorException.Unauthorized e) {
      String hint = String.format("PostHog rejected personal key %s for project %d; rotate it in Settings",
          properties.getPersonalApiKey(), properties.getProjectId());
      log.error(hint);
    } catch (HttpClientErrorException e) {
      log.warn("Cohort refresh failed: HTTP {}", e.getStatusCode().value());
    } finally {
      MDC.remove("job");
      MDC.remove("posthogProject");
    }
  }

  public Map<Long, Cohort> cohorts() {
    return cohorts;
  }
}
