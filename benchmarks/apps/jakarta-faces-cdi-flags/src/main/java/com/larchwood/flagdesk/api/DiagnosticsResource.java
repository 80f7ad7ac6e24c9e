package com.larchwood.flagdesk.api;

import com.larchwood.flagdesk.config.AdminApiCredentials;
import com.larchwood.flagdesk.config.PostHogSettings;
import com.larchwood.flagdesk.util.KeyMasker;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Support endpoint used by the on-call runbook to check which PostHog
 * project and credentials a pod runs with.
 */
@Path("/diagnostics")
@RequestScoped
@RolesAllowed("flag-admin")
public class DiagnosticsResource {

    @Inject
    PostHogSettings settings;

    @Inject
    AdminApiCredentials credentials;

    public record PostHogDiagnostics(String host, String projectApiKey, String personalApiKey, boolean debug) {
    }

    public record PostHogSummary(String host, String projectApiKey, String personalKeyHint, long projectId) {
    }

    @GET
    @Path("/posthog")
    @Produces(MediaType.APPLICATION_JSON)
    public Response posthog() {
        return Response.ok(new PostHogDiagnostics(settings.getHost(), settings.getProjectApiKey(), credentials.personalApiKey(), settings.isDebug())).build();
    }

    @GET
    @Path("/posthog/summary")
    @Produces(MediaType.APPLICATION_JSON)
    public PostHogSummary summary() {
        return new PostHogSummary(settings.getHost(), settings.getProjectApiKey(),
                KeyMasker.mask(credentials.personalApiKey()), settings.getProjectId());
    }
}
