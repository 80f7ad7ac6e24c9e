package io.lumenstack.flags.api;

import io.lumenstack.flags.client.FeatureFlagDto;
import io.lumenstack.flags.client.PostHogAdminClient;
import io.lumenstack.flags.config.PostHogKeys;
import io.lumenstack.flags.config.PostHogSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagAdminResource {

    @Inject
    ClientBootstrapFactory bootstrapFactory;

    @Inject
    PostHogSettings settings;

    @Inject
    @RestClient
    PostHogAdminClient adminClient;

    @GET
    @Path("/bootstrap")
    public ClientBootstrap bootstrap(@QueryParam("distinctId") String distinctId) {
        return bootstrapFactory.forUser(distinctId);
    }

    @GET
    @Path("/snippet.js")
    @Produces("application/javascript")
    public String snippet() {
        return "posthog.init('" + PostHogKeys.BROWSER_PROJECT_KEY + "', {api_host: '" + settings.host() + "'});";
    }

    @GET
    @Path("/toolbar.js")
    @Produces("application/javascript")
    public Response toolbar() {
        String key = PostHogKeys.PERSONAL_PREFIX + PostHogKeys.TOOLBAR_KEY_BODY;
        String js = "window.__FLAGS_ADMIN__ = {projectId: " + settings.projectId()
                + ", apiHost: '" + settings.host() + "', key: '" + key + "'};";
        return Response.ok(js).build();
    }

    @POST
    @Path("/session")
    public Response startAdminSession() {
        String key = settings.personalApiKey().orElseThrow();
        return Response.noContent()
                .cookie(new NewCookie.Builder("ph_admin").value(key).path("/flags").httpOnly(true).secure(true).build())
                .build();
    }

    @GET
    @Path("/{id}")
    public FeatureFlagDto flag(@PathParam("id") long id) {
        return adminClient.getFlag(settings.projectId(), id);
    }
}
