package com.northwind.cohorts.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The slice of PostHog's private REST API that the cohort sync needs.
 */
public interface PostHogAdminApi {

    @GET("api/projects/{projectId}/cohorts/")
    Call<CohortPage> listCohorts(@Path("projectId") long projectId,
                                 @Query("limit") int limit,
                                 @Query("cursor") String cursor);

    @GET("api/projects/{projectId}/cohorts/{cohortId}/")
    Call<Cohort> getCohort(@Path("projectId") long projectId, @Path("cohortId") long cohortId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CohortPage(String next, List<Cohort> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cohort(long id,
                  String name,
                  String description,
                  @JsonProperty("is_static") boolean isStatic,
                  int count,
                  @JsonProperty("last_calculation") Instant lastCalculation) {
    }
}
