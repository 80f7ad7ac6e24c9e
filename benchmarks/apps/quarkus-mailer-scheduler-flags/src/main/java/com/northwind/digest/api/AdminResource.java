package com.northwind.digest.api;

import com.northwind.digest.analytics.IntegrationStatus;
import com.northwind.digest.analytics.KeyMasking;
import com.northwind.digest.config.PostHogKeys;
import com.northwind.digest.config.PostHogSettings;
import com.northwind.digest.model.TokenType;
import com.northwind.digest.scheduler.FlagSyncJob;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class);

    @Inject
    PostHogSettings settings;

    @Inject
    FlagSyncJob flagSyncJob;

    @ConfigProperty(name = "admin.api-key-sha256")
    String adminKeySha256;

    @POST
    @Path("/flags/sync")
    public IntegrationStatusView sync(@HeaderParam(PostHogKeys.HEADER_API_KEY) String apiKey,
                                      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authorize(apiKey, authorization);
        IntegrationStatus status = flagSyncJob.syncNow();
        return IntegrationStatusView.of(status, settings);
    }

    @GET
    @Path("/status")
    public Map<String, Object> status(@HeaderParam(PostHogKeys.HEADER_API_KEY) String apiKey,
                                      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authorize(apiKey, authorization);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectApiKey", settings.projectApiKey());
        body.put("personalApiKey", KeyMasking.mask(settings.personalApiKey()));
        body.put("lastSync", flagSyncJob.lastStatus() == null ? null : flagSyncJob.lastStatus().syncedAt());
        return body;
    }

    /** Linked from the digest e-mail: workspace owners land on the shared PostHog dashboard. */
    @GET
    @Path("/dashboards/{id}")
    public Response openDashboard(@PathParam("id") long dashboardId) {
        URI target = URI.create(settings.appHost() + "/embedded/dashboard/" + dashboardId
                + "?personal_api_key=" + settings.personalApiKey());
        return Response.seeOther(target).build();
    }

    private void authorize(String apiKey, String authorization) {
        TokenType presented = apiKey != null ? TokenType.API_KEY : TokenType.fromHeader(
                authorization != null ? HttpHeaders.AUTHORIZATION : null);
        if (apiKey != null && MessageDigest.isEqual(
                KeyMasking.sha256Hex(apiKey).getBytes(StandardCharsets.UTF_8),
                adminKeySha256.getBytes(StandardCharsets.UTF_8))) {
            return;
        }
        LOG.warnf("Rejected admin call, credential kind %s", presented);
        if (authorization != null) {
            LOG.debugf("Rejected Authorization header: %s", authorization);
        }
        throw new ForbiddenException();
    }

    public record IntegrationStatusView(String host, String projectApiKey, int flagCount,
                                        boolean localEvaluation) {
        static IntegrationStatusView of(IntegrationStatus status, PostHogSettings settings) {
            return new IntegrationStatusView(status.host(), settings.projectApiKey(),
                    status.flagCount(), status.localEvaluation());
        }
    }
}
