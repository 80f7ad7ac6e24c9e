package com.brackenfield.telemetry.ingest;

import com.brackenfield.telemetry.config.IngestMapping;
import com.brackenfield.telemetry.security.DeviceCredential;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Device-facing ingest API.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class TelemetryResource {

    @Inject
    IngestMapping ingest;

    @Inject
    @Channel("telemetry-raw")
    MutinyEmitter<TelemetryEnvelope> raw;

    private final Map<String, DeviceCredential> registry = new ConcurrentHashMap<>();

    @POST
    @Path("/telemetry")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<Map<String, Integer>>> ingest(@RestHeader("X-Device-Id") String deviceId,
                                                         @RestHeader("X-Device-Secret") String deviceSecret,
                                                         List<Map<String, Object>> readings) {
        if (readings.size() > ingest.maxBatch()) {
            return Uni.createFrom().item(RestResponse.status(RestResponse.Status.REQUEST_ENTITY_TOO_LARGE));
        }
        Log.debugf("batch of %d readings from %s", readings.size(), deviceId);
        return io.smallrye.mutiny.Multi.createFrom().iterable(readings)
                .map(r -> new TelemetryEnvelope(deviceId, deviceSecret, String.valueOf(r.get("metric")),
                        ((Number) r.getOrDefault("value", Double.NaN)).doubleValue(), Instant.now(),
                        Map.of("site", String.valueOf(r.getOrDefault("site", "unknown")))))
                .onItem().transformToUniAndConcatenate(raw::send)
                .collect().asList()
                .map(sent -> RestResponse.accepted(Map.of("accepted", sent.size())));
    }

    @GET
    @Path("/devices/{deviceId}")
    public Uni<DeviceCredential> device(@PathParam("deviceId") String deviceId) {
        return Uni.createFrom().item(registry.get(deviceId));
    }
}
