package io.cohortly.api.web;

import io.cohortly.api.cohort.CohortService;
import io.cohortly.api.config.BuildInfo;
import io.cohortly.api.config.PostHogSettings;
import io.jooby.annotation.GET;
import io.jooby.annotation.POST;
import io.jooby.annotation.Path;
import java.util.Map;

/** Operator endpoints, reachable with an API token only. */
@Path("/admin")
public class AdminController {

  private final PostHogSettings posthog;
  private final CohortService cohorts;

  public AdminController(PostHogSettings posthog, CohortService cohorts) {
    this.posthog = posthog;
    this.cohorts = cohorts;
  }

  /** What the pod resolved from application.conf and the environment. */
  @GET("/config/posthog")
  public PostHogSettings posthogConfig() {
    return posthog;
  }

  @GET("/version")
  public Map<String, String> version() {
    return Map.of("version", BuildInfo.VERSION);
  }

  @POST("/sync")
  public Map<String, Integer> sync() {
    return Map.of("written", cohorts.sync());
  }
}
