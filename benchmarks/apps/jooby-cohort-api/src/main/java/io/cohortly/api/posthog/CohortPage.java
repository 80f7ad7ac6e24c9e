package io.cohortly.api.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One page of {@code GET /api/projects/{id}/cohorts/}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CohortPage(int count, String next, List<RemoteCohort> results) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RemoteCohort(
      long id,
      String name,
      String description,
      @JsonProperty("count") Integer personCount,
      @JsonProperty("is_static") boolean staticCohort,
      @JsonProperty("is_calculating") boolean calculating) {}
}
