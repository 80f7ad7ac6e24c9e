package com.northwind.flags.web;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/bootstrap")
@Produces(MediaType.APPLICATION_JSON)
public class BootstrapResource {

    @Inject
    BootstrapFactory factory;

    @GET
    public Uni<BootstrapFactory.ClientBootstrap> bootstrap(@QueryParam("distinctId") @DefaultValue("anonymous") String distinctId) {
        return Uni.createFrom().item(() -> factory.forUser(distinctId))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
