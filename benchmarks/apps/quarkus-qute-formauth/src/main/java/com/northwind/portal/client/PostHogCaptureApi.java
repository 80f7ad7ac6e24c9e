package com.northwind.portal.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "posthog-capture")
public interface PostHogCaptureApi {

    @POST
    @Path("/i/v0/e/")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> capture(CaptureRequest request);
}
