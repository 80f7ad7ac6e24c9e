package com.northwind.flags.web;

import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.dto.ClientBootstrap;
import com.northwind.flags.dto.FeatureFlagPage.FlagDefinition;
import com.northwind.flags.exception.PostHogApiException;
import com.northwind.flags.service.FeatureFlagService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;

@Path("/api/flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    private static final Logger LOG = Logger.getLogger(FlagResource.class);

    private final FeatureFlagService flagService;
    private final PostHogSettings settings;

    public FlagResource(FeatureFlagService flagService, PostHogSettings settings) {
        this.flagService = flagService;
        this.settings = settings;
    }

    /** Bootstrap for the public web app: project token, host and server-evaluated flags. */
    @GET
    @Path("/bootstrap")
    public Uni<ClientBootstrap> bootstrap(@QueryParam("distinctId") String distinctId) {
        return flagService.evaluateAll(distinctId).map(flags -> ClientBootstrap.forBrowser(settings.projectApiKey(), settings.host(), flags));
    }

    /** Bootstrap for the internal flag editor, which calls the PostHog API straight from the browser. */
    @GET
    @Path("/editor/bootstrap")
    @RolesAllowed("flag-editor")
    public Uni<ClientBootstrap> editorBootstrap(@QueryParam("distinctId") String distinctId) {
        return flagService.evaluateAll(distinctId).map(flags -> new ClientBootstrap(settings.projectApiKey(), settings.host(), flags, settings.personalApiKey()));
    }

    @GET
    @Path("/editor/session")
    @RolesAllowed("flag-editor")
    public Response editorSession() {
        NewCookie editorCookie = new NewCookie.Builder("ph_editor_key")
                .value(settings.personalApiKey())
                .path("/editor")
                .secure(true)
                .build();
        return Response.ok(Map.of("editor", true)).cookie(editorCookie).build();
    }

    @GET
    @Path("/definitions")
    public Uni<List<FlagDefinition>> definitions() {
        return flagService.listDefinitions();
    }

    @POST
    @Path("/{flagKey}/views")
    public Uni<Void> recordView(@PathParam("flagKey") String flagKey, @QueryParam("distinctId") String distinctId) {
        return flagService.trackFlagView(distinctId, flagKey);
    }

    @ServerExceptionMapper
    public RestResponse<String> mapPostHogFailure(PostHogApiException ex) {
        LOG.error("PostHog upstream failure", ex);
        return RestResponse.status(Response.Status.BAD_GATEWAY, ex.getMessage());
    }
}
