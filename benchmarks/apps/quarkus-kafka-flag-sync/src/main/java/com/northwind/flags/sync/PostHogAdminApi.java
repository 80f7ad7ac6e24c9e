package com.northwind.flags.sync;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "posthog-api")
@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@ClientHeaderParam(name = HttpHeaders.AUTHORIZATION, value = "{bearerToken}")
public interface PostHogAdminApi {

    @GET
    @Path("/feature_flags/")
    Uni<JsonObject> listFlags(@PathParam("projectId") String projectId, @QueryParam("limit") int limit);

    @PATCH
    @Path("/feature_flags/{id}/")
    Uni<JsonObject> patchFlag(@PathParam("projectId") String projectId, @PathParam("id") long id, JsonObject body);

    default String bearerToken() {
        String personalKey = ConfigProvider.getConfig().getValue("posthog.personal-api-key", String.class);
        return "Bearer " + personalKey;
    }
}
