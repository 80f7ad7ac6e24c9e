package com.cohortlab.cohortapi.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/**
 * PostHog private API (https://posthog.com/docs/api/cohorts).
 */
@RegisterRestClient(configKey = "posthog-api")
@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogApi {

    @GET
    @Path("/cohorts/")
    CohortPage listCohorts(@PathParam("projectId") long projectId,
                           @HeaderParam("Authorization") String authorization,
                           @QueryParam("limit") int limit,
                           @QueryParam("offset") int offset);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CohortPage(int count, String next, List<RemoteCohort> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RemoteCohort(long id,
                        String name,
                        String description,
                        Integer count,
                        @JsonProperty("is_static") boolean isStatic,
                        @JsonProperty("is_calculating") boolean isCalculating) {
    }
}
