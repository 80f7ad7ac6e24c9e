package io.ferncast.api.resource;

import io.ferncast.api.config.AnalyticsSettings;
import io.ferncast.api.model.ClientConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@ApplicationScoped
@Path("/client-config")
public class ClientConfigResource {

    @Inject
    AnalyticsSettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response config(@QueryParam("bootstrapFlags") boolean bootstrapFlags) {
        if (!bootstrapFlags) {
            return Response.ok(ClientConfig.publicOnly(settings.projectKey(), settings.host())).build();
        }
        ClientConfig cfg = new ClientConfig(settings.projectKey(), settings.host(), true, settings.flagsSecureKey());
        return Response.ok(cfg).build();
    }

    @GET
    @Path("/snippet.js")
    @Produces("application/javascript")
    public String snippet() {
        return "posthog.init('" + settings.projectKey() + "', {api_host: '" + settings.host() + "'});";
    }
}
