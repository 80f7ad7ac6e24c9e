package com.northwind.flagdeck.web;

import com.northwind.flagdeck.config.PostHogSettings;
import com.northwind.flagdeck.dto.PostHogCredentials;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hand-off from the flagdeck console to the PostHog UI.
 */
@Path("/session")
@RequestScoped
public class AdminSessionResource {

    private static final Logger LOG = Logger.getLogger(AdminSessionResource.class.getName());

    @Inject
    PostHogSettings settings;

    @Inject
    @ConfigProperty(name = "posthog.personal-api-key")
    String personalApiKey;

    @Inject
    @ConfigProperty(name = "flagdeck.dashboard-url")
    String dashboardUrl;

    @POST
    @Path("/handoff")
    public Response handoff(@CookieParam("JSESSIONID") String sessionCookie) {
        LOG.logp(Level.INFO, AdminSessionResource.class.getName(), "handoff",
                "Console session {0} handed off to PostHog", sessionCookie);

        PostHogCredentials credentials = settings.credentials();
        NewCookie cookie = new NewCookie.Builder("ph_oauth")
                .value(credentials.accessToken())
                .path("/")
                .secure(true)
                .httpOnly(true)
                .build();
        return Response.noContent().cookie(cookie).build();
    }

    @GET
    @Path("/dashboard")
    public Response openDashboard() {
        URI target = UriBuilder.fromUri(dashboardUrl)
                .queryParam("personal_api_key", personalApiKey)
                .build();
        return Response.seeOther(target).build();
    }
}
