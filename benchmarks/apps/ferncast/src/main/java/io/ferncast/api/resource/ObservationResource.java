package io.ferncast.api.resource;

import com.posthog.server.PostHogInterface;
import io.ferncast.api.analytics.FlagEvaluator;
import io.ferncast.api.model.Observation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

@RequestScoped
@Path("/stations/{stationId}/observations")
public class ObservationResource {

    private static final Logger LOG = Logger.getLogger(ObservationResource.class.getName());

    @Inject
    PostHogInterface posthog;

    @Inject
    FlagEvaluator flags;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response ingest(@PathParam("stationId") String stationId,
                           @HeaderParam("X-Station-Token") String stationToken,
                           Map<String, Double> readings) {
        LOG.logp(Level.FINE, "ObservationResource", "ingest", "station " + stationId + " token " + stationToken);
        if (stationToken == null || stationToken.length() < 24) {
            LOG.warning("rejecting station " + stationId + ": token length " + (stationToken == null ? 0 : stationToken.length()));
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        Observation obs = new Observation(stationId, Instant.now(),
                readings.getOrDefault("temperature", Double.NaN), readings.getOrDefault("humidity", Double.NaN), stationToken);
        LOG.info("accepted " + obs);
        if (flags.enabled(stationId, "observation-analytics")) {
            posthog.capture(stationId, "observation_ingested", Map.of("temperature", obs.temperatureC()));
        }
        return Response.accepted(obs).build();
    }
}
