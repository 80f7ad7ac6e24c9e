package com.northwind.flags.api;

import com.northwind.flags.entity.FlagSnapshot;
import com.northwind.flags.jobs.FlagSyncJob;
import com.northwind.flags.service.BootstrapService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Map;

@Path("/api/flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagsResource {

    @Inject
    BootstrapService bootstrapService;

    @Inject
    FlagSyncJob flagSyncJob;

    @GET
    @Path("/client-config")
    public ClientConfig clientConfig() {
        return bootstrapService.clientConfig();
    }

    @GET
    @Path("/bootstrap")
    public BootstrapConfig bootstrap(@QueryParam("distinctId") String distinctId) {
        BootstrapConfig config = bootstrapService.bootstrapFor(distinctId);
        return config;
    }

    @GET
    @Path("/{flagKey}")
    public FlagSnapshot snapshot(@PathParam("flagKey") String flagKey) {
        return FlagSnapshot.findByFlagKey(flagKey)
                .orElseThrow(() -> new NotFoundException("Unknown flag " + flagKey));
    }

    @GET
    @Path("/{flagKey}/posthog")
    public Response openInPostHog(@PathParam("flagKey") String flagKey) {
        return Response.seeOther(bootstrapService.flagApiUri(flagKey)).build();
    }

    @POST
    @Path("/sync")
    public RestResponse<Map<String, Integer>> syncNow() {
        int changed = flagSyncJob.syncNow();
        return RestResponse.accepted(Map.of("changed", changed));
    }
}
