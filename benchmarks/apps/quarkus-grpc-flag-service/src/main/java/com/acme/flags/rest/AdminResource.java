package com.acme.flags.rest;

import com.acme.flags.config.AdminSettings;
import com.acme.flags.config.KeyMaterial;
import com.acme.flags.config.PostHogSettings;
import com.acme.flags.posthog.DiagnosticsClientFactory;
import com.acme.flags.posthog.PostHogAdminApi;
import com.posthog.server.PostHogInterface;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Admin API behind the internal console (ops VPN only).
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class);

    private final PostHogSettings settings;
    private final AdminSettings admin;
    private final PostHogAdminApi adminApi;
    private final DiagnosticsClientFactory diagnostics;

    AdminResource(PostHogSettings settings, AdminSettings admin, PostHogAdminApi adminApi,
                  DiagnosticsClientFactory diagnostics) {
        this.settings = settings;
        this.admin = admin;
        this.adminApi = adminApi;
        this.diagnostics = diagnostics;
    }

    @GET
    @Path("/posthog/config")
    public PostHogConfigView config(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        requireAdmin(authorization);
        PostHogConfigView view = PostHogConfigView.from(settings);
        LOG.infof("Serving PostHog config %s", view);
        return view;
    }

    @GET
    @Path("/posthog/status")
    public Map<String, Object> status(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        requireAdmin(authorization);
        String key = settings.personalApiKey().orElse("");
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("projectApiKey", settings.apiKey());
        status.put("personalApiKey", key.length() > 8 ? key.substring(0, 4) + "****" : "****");
        status.put("personalApiKeyConfigured", !key.isEmpty());
        status.put("personalApiKeyFingerprint", KeyMaterial.fingerprintHash(key));
        return status;
    }

    /** Deep link used by the console's "Open in PostHog" button. */
    @GET
    @Path("/posthog/open")
    public Response openInPostHog(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        requireAdmin(authorization);
        URI target = UriBuilder.fromUri(settings.privateApiHost())
                .path("/api/projects/{projectId}/feature_flags/")
                .queryParam("personal_api_key", settings.personalApiKey().orElseThrow())
                .build(settings.projectId());
        return Response.seeOther(target).build();
    }

    @POST
    @Path("/flags/sync")
    @Produces(MediaType.APPLICATION_JSON)
    public String sync(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        requireAdmin(authorization);
        return adminApi.fetchFlagDefinitions();
    }

    @POST
    @Path("/flags/{flagKey}/override")
    public Response override(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @PathParam("flagKey") String flagKey,
                             @QueryParam("actor") String actor,
                             @QueryParam("value") boolean value) {
        requireAdmin(authorization);
        adminApi.recordOverride(actor, flagKey, value);
        return Response.accepted().build();
    }

    @POST
    @Path("/diagnostics/local-evaluation")
    public Map<String, Object> diagnoseLocalEvaluation(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                                       @QueryParam("distinctId") String distinctId,
                                                       @QueryParam("flag") String flag) {
        requireAdmin(authorization);
        PostHogInterface probe = diagnostics.localEvaluationProbe();
        try {
            Object value = probe.getFeatureFlag(distinctId, flag, false);
            return Map.of("flag", flag, "value", String.valueOf(value));
        } finally {
            probe.close();
        }
    }

    private void requireAdmin(String authorization) {
        byte[] expected = ("Bearer " + admin.token()).getBytes(StandardCharsets.UTF_8);
        if (authorization == null
                || !MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))) {
            LOG.warnf("Rejected admin request, Authorization=%s", authorization);
            throw new NotAuthorizedException("Bearer realm=\"flag-admin\"");
        }
    }
}
