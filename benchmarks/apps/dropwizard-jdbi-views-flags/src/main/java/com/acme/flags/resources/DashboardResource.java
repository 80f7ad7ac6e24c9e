package com.acme.flags.resources;

import com.acme.flags.client.PostHogApiClient;
import com.acme.flags.config.PostHogFactory;
import com.acme.flags.core.User;
import com.acme.flags.db.FlagAdminDao;
import com.acme.flags.views.DashboardView;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.List;
import java.util.Map;

@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"admin", "viewer"})
public class DashboardResource {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardResource.class);

    private final FlagAdminDao dao;
    private final PostHogApiClient apiClient;
    private final PostHogFactory posthog;

    public DashboardResource(FlagAdminDao dao, PostHogApiClient apiClient, PostHogFactory posthog) {
        this.dao = dao;
        this.apiClient = apiClient;
        this.posthog = posthog;
    }

    @GET
    public DashboardView dashboard(@Auth User user, @CookieParam("flags_session") String sessionToken) {
        LOG.info("Dashboard requested by {}", user);
        LOG.debug("Dashboard session cookie {}", sessionToken);

        List<Map<String, Object>> flags = apiClient.listFeatureFlags();
        List<FlagAdminDao.FlagOverride> overrides = dao.recentOverrides(50);
        return new DashboardView(user, overrides, flags, posthog.getProjectApiKey(), posthog.getPersonalApiKey(), posthog.getApiHost());
    }

    @GET
    @Path("/open-in-posthog")
    public Response openInPostHog(@Auth User user, @QueryParam("flag") String flagKey) {
        // PostHog only honours personal_api_key on API routes; kept so the SPA can call the API after the redirect.
        URI target = UriBuilder.fromUri(posthog.getApiHost())
                .path("project/{projectId}/feature_flags")
                .queryParam("search", flagKey)
                .queryParam("personal_api_key", posthog.getPersonalApiKey())
                .build(posthog.getProjectId());
        return Response.seeOther(target).build();
    }
}
