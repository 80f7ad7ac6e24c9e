package com.tidewell.fleet.analytics;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Raw ingestion endpoint, used by the batch backfill where the SDK queue is too slow.
 */
@RegisterRestClient(configKey = "posthog-ingest")
public interface PostHogIngestApi {

    @POST
    @Path("/batch/")
    @Consumes(MediaType.APPLICATION_JSON)
    Response batch(BatchCaptureRequest request);
}
