package com.northwind.flags.client;

import com.northwind.flags.dto.CaptureRequest;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * PostHog public ingestion endpoint (project token in the body).
 */
@RegisterRestClient(configKey = "posthog-ingest")
@Consumes(MediaType.APPLICATION_JSON)
public interface PostHogIngestApi {

    @POST
    @Path("/capture/")
    Uni<Void> capture(CaptureRequest request);
}
