package io.northwind.flagportal.api;

import io.northwind.flagportal.audit.AuditService;
import io.northwind.flagportal.config.PostHogSettings;
import io.northwind.flagportal.flags.FlagSyncService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;

import java.net.URI;
import java.time.Instant;

@Path("/admin/flags")
@RolesAllowed("release-manager")
@Produces(MediaType.APPLICATION_JSON)
public class FlagAdminResource {

    public record FlagDiagnostics(String host, String personalApiKey, int flagCount, Instant lastSync) {
    }

    public record KeyStatus(String personalApiKey, boolean configured, boolean fromEnvironment) {
    }

    public record SyncResult(int flagCount, Instant pulledAt) {
    }

    @Inject
    PostHogSettings settings;

    @Inject
    FlagSyncService syncService;

    @Inject
    AuditService auditService;

    @GET
    @Path("/diagnostics")
    public FlagDiagnostics diagnostics() {
        FlagSyncService.FlagSnapshot snapshot = syncService.lastSnapshot();
        int count = snapshot == null ? 0 : snapshot.size();
        Instant lastSync = snapshot == null ? null : snapshot.pulledAt();
        return new FlagDiagnostics(settings.getHost(), settings.getPersonalApiKey(), count, lastSync);
    }

    @GET
    @Path("/key-status")
    public KeyStatus keyStatus() {
        return new KeyStatus(settings.maskedPersonalApiKey(), true, settings.hasPersonalApiKey());
    }

    @POST
    @Path("/sync")
    public Response sync(@Context SecurityContext security, @Context HttpServletRequest request) {
        FlagSyncService.FlagSnapshot snapshot = syncService.pullDefinitions();
        auditService.record("*", security.getUserPrincipal().getName(), request.getSession().getId());
        return Response.ok(new SyncResult(snapshot.size(), snapshot.pulledAt())).build();
    }

    /** "Open in PostHog" button of the admin page: lands on the flag's raw API view. */
    @GET
    @Path("/{flagId}/open-in-posthog")
    public Response openInPostHog(@PathParam("flagId") long flagId) {
        URI target = UriBuilder.fromUri(settings.getAppHost())
                .path("/api/projects/@current/feature_flags/{id}/")
                .queryParam("personal_api_key", settings.getPersonalApiKey())
                .build(flagId);
        return Response.seeOther(target).build();
    }
}
