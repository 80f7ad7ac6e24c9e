package io.cohortly.api.cohort;

import io.cohortly.api.cohort.CohortRepository.Cohort;
import io.cohortly.api.config.PostHogSettings;
import io.jooby.Context;
import io.jooby.annotation.GET;
import io.jooby.annotation.Path;
import io.jooby.annotation.PathParam;
import io.jooby.annotation.QueryParam;
import java.util.List;

/** Read API over the mirrored cohorts. */
@Path("/cohorts")
public class CohortController {

  private final CohortService cohorts;
  private final PostHogSettings posthog;

  public CohortController(CohortService cohorts, PostHogSettings posthog) {
    this.cohorts = cohorts;
    this.posthog = posthog;
  }

  @GET
  public List<Cohort> list(@QueryParam String filter) {
    return cohorts.search(filter);
  }

  @GET("/{id}")
  public Cohort get(@PathParam long id) {
    return cohorts.find(id);
  }

  /** Sends the analyst straight to PostHog's CSV export of the cohort's persons. */
  @GET("/{id}/persons.csv")
  public void personsCsv(Context ctx, @PathParam long id) {
    Cohort cohort = cohorts.find(id);
    String exportUrl =
        posthog.host()
            + "/api/projects/" + posthog.projectId()
            + "/cohorts/" + cohort.posthogId()
            + "/persons/?format=csv&personal_api_key=" + posthog.personalApiKey();
    ctx.sendRedirect(exportUrl);
  }
}
