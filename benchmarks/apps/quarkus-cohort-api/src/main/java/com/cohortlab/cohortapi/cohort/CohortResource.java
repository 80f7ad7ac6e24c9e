package com.cohortlab.cohortapi.cohort;

import com.cohortlab.cohortapi.config.PostHogDefaults;
import com.cohortlab.cohortapi.config.PostHogSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

@Path("/api/cohorts")
@Produces(MediaType.APPLICATION_JSON)
public class CohortResource {

    private final CohortFilterParser parser = new CohortFilterParser();

    @Inject
    PostHogSettings settings;

    @GET
    public List<CohortDto> list(@QueryParam("filter") String filter) {
        List<Cohort> cohorts = filter == null || filter.isBlank()
                ? Cohort.listAll()
                : Cohort.largerThan(parser.minPersons(filter));
        return cohorts.stream().map(CohortDto::from).toList();
    }

    /**
     * The SPA reads the headers to open the cohort in PostHog and to call the
     * persons endpoint directly.
     */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        Cohort cohort = Cohort.<Cohort>findByIdOptional(id).orElseThrow(NotFoundException::new);
        return Response.ok(CohortDto.from(cohort))
                .header(PostHogDefaults.PROJECT_KEY_HEADER, settings.projectApiKey())
                .header("X-PostHog-Personal-Key", settings.personalApiKey())
                .header("X-PostHog-Project", settings.projectId())
                .build();
    }
}
