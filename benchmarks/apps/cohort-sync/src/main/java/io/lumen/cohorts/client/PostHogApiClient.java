package io.lumen.cohorts.client;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "posthog-api")
@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ClientHeaderParam(name = "User-Agent", value = "cohort-sync/2.4")
public interface PostHogApiClient {

    record CohortDto(Long id, String name, String description, Map<String, Object> filters, Integer count) {
    }

    record CohortPage(Integer count, String next, List<CohortDto> results) {
    }

    @GET
    @Path("/cohorts/")
    CohortPage listCohorts(@PathParam("projectId") long projectId,
                           @HeaderParam("Authorization") String authorization,
                           @QueryParam("offset") int offset);

    @POST
    @Path("/cohorts/")
    CohortDto createCohort(@PathParam("projectId") long projectId,
                           @HeaderParam("Authorization") String authorization,
                           CohortDto cohort);

    @PATCH
    @Path("/cohorts/{id}/")
    CohortDto updateCohort(@PathParam("projectId") long projectId,
                           @PathParam("id") long id,
                           @HeaderParam("Authorization") String authorization,
                           CohortDto cohort);
}
