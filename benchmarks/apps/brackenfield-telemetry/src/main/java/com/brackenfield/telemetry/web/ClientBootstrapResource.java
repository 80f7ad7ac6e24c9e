package com.brackenfield.telemetry.web;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Bootstrap endpoints called by the dashboard before it loads posthog-js.
 */
@Path("/bootstrap")
@Produces(MediaType.APPLICATION_JSON)
public class ClientBootstrapResource {

    @Inject
    BootstrapService bootstrap;

    @GET
    public Uni<BootstrapDto> anonymous() {
        return Uni.createFrom().item(bootstrap.anonymous());
    }

    @GET
    @Path("/sites/{siteId}")
    public Uni<BootstrapDto> forSite(@PathParam("siteId") String siteId) {
        return Uni.createFrom().item(() -> bootstrap.forSite(siteId));
    }
}
