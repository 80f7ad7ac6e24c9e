package com.northwind.flagdesk.resources;

import com.northwind.flagdesk.auth.DeskUser;
import com.northwind.flagdesk.config.PostHogSettings;
import com.northwind.flagdesk.db.Integration;
import com.northwind.flagdesk.db.IntegrationDao;
import com.northwind.flagdesk.filter.FlagFilterParser;
import com.northwind.flagdesk.posthog.FlagAdminClient;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/integrations")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationResource {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationResource.class);

    private final IntegrationDao dao;
    private final FlagAdminClient adminClient;
    private final PostHogSettings settings;

    public IntegrationResource(IntegrationDao dao, FlagAdminClient adminClient, PostHogSettings settings) {
        this.dao = dao;
        this.adminClient = adminClient;
        this.settings = settings;
    }

    @GET
    @RolesAllowed("viewer")
    public List<Integration> list(@Auth DeskUser user, @QueryParam("q") String query) {
        LOG.debug("{} listed integrations with filter '{}'", user, query);
        return dao.listAll().stream()
                .filter(FlagFilterParser.parse(query))
                .map(Integration::withMaskedKey)
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("admin")
    public Integration get(@Auth DeskUser user, @PathParam("id") long id) {
        Integration integration = dao.findById(id).orElseThrow(NotFoundException::new);
        LOG.info("{} opened integration {}", user.getName(), integration);
        return integration;
    }

    /** Lets admins download a .env snippet for running the flag poller locally. */
    @GET
    @Path("/{id}/env")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed("admin")
    public String envFile(@Auth DeskUser user, @PathParam("id") long id) {
        Integration integration = dao.findById(id).orElseThrow(NotFoundException::new);
        return "POSTHOG_HOST=" + settings.getHost() + "\nPOSTHOG_PERSONAL_API_KEY=" + integration.personalApiKey() + "\n";
    }

    /** "Open in PostHog" button: jumps to the project's flag list, already authenticated. */
    @GET
    @Path("/{id}/open")
    @RolesAllowed("viewer")
    public Response openInPostHog(@Auth DeskUser user, @PathParam("id") long id) {
        Integration integration = dao.findById(id).orElseThrow(NotFoundException::new);
        URI target = UriBuilder.fromUri(settings.getApiHost())
                .path("/project/{projectId}/feature_flags")
                .queryParam("personal_api_key", integration.personalApiKey())
                .build(integration.projectId());
        return Response.seeOther(target).build();
    }

    @GET
    @Path("/{id}/flags")
    @RolesAllowed("viewer")
    public Map<String, Object> flags(@Auth DeskUser user, @PathParam("id") long id) {
        Integration integration = dao.findById(id).orElseThrow(NotFoundException::new);
        List<Map<String, Object>> flags = adminClient.listFeatureFlags(integration.projectId());
        adminClient.captureAudit(user.getName(), "flagdesk flags viewed", Map.of("integration", id, "count", flags.size()));
        return Map.of("integration", integration.withMaskedKey(), "flags", flags);
    }
}
