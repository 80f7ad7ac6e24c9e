package io.cohortly.api.web;

import io.cohortly.api.cohort.CohortRepository;
import io.cohortly.api.config.PostHogSettings;
import io.cohortly.api.posthog.FeatureFlagService;
import io.jooby.Context;
import io.jooby.Cookie;
import io.jooby.ModelAndView;
import io.jooby.annotation.GET;
import io.jooby.annotation.QueryParam;
import java.util.Map;

/** The server-rendered dashboard and the flag bootstrap its scripts call. */
public class UiController {

  private final PostHogSettings posthog;
  private final FeatureFlagService flags;
  private final CohortRepository repository;

  public UiController(PostHogSettings posthog, FeatureFlagService flags, CohortRepository repository) {
    this.posthog = posthog;
    this.flags = flags;
    this.repository = repository;
  }

  @GET("/")
  public ModelAndView dashboard() {
    return new ModelAndView("dashboard.hbs")
        .put("projectName", "Cohortly")
        .put("projectKey", posthog.projectApiKey())
        .put("apiHost", posthog.apiHost())
        .put("projectId", posthog.projectId())
        .put("posthogKey", posthog.personalApiKey())
        .put("cohorts", repository.findAll());
  }

  /** Flag values for the dashboard; the cookie lets the cohort builder re-evaluate flags itself. */
  @GET("/flags/bootstrap")
  public Map<String, Boolean> bootstrap(Context ctx, @QueryParam String distinctId) {
    ctx.setResponseCookie(new Cookie("ph_flags_key", posthog.secretKey()).setPath("/").setMaxAge(3600));
    return flags.flagsFor(distinctId);
  }
}
