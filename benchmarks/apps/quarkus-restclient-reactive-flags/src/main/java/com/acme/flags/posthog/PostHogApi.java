package com.acme.flags.posthog;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/")
@RegisterRestClient(configKey = "posthog-api")
@RegisterClientHeaders(PostHogAuthHeaders.class)
public interface PostHogApi {

    @GET
    @Path("api/feature_flag/local_evaluation/")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<LocalEvaluationResponse> localEvaluation(@QueryParam("token") String token,
                                                 @QueryParam("send_cohorts") boolean sendCohorts);

    @POST
    @Path("i/v0/e/")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Void> capture(CaptureRequest request);
}
