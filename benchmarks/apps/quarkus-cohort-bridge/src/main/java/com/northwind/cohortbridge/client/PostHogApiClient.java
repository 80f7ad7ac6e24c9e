package com.northwind.cohortbridge.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

/**
 * PostHog's private API, authenticated with the personal API key.
 * Base URL: {@code quarkus.rest-client.posthog-api.url}.
 */
@RegisterRestClient(configKey = "posthog-api")
@RegisterClientHeaders(PostHogAuthHeadersFactory.class)
@RegisterProvider(PostHogRequestLoggingFilter.class)
@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
public interface PostHogApiClient {

    @GET
    @Path("/cohorts/{cohortId}/persons/")
    CohortPersonsPage cohortPersons(@PathParam("projectId") long projectId,
                                    @PathParam("cohortId") long cohortId,
                                    @QueryParam("offset") int offset,
                                    @QueryParam("limit") int limit);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CohortPersonsPage(@JsonProperty("results") List<Person> results,
                             @JsonProperty("next") String next) {

        public boolean hasNext() {
            return next != null && !next.isBlank();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(@JsonProperty("uuid") String uuid,
                  @JsonProperty("distinct_ids") List<String> distinctIds,
                  @JsonProperty("properties") Map<String, Object> properties) {
    }
}
