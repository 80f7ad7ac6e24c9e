package com.lumenforge.flags.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;

import com.lumenforge.flags.config.AdminCredentials;
import com.lumenforge.flags.config.PostHogSettings;
import com.lumenforge.flags.posthog.PostHogHttpClient;
import com.lumenforge.flags.util.KeyMasker;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Admin endpoints behind HTTP basic auth.
 */
@Path("/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class.getName());

    @Inject
    AdminCredentials admin;

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogHttpClient client;

    @GET
    @Path("/flags")
    public Response listFlags(@HeaderParam(PostHogSettings.AUTHORIZATION_HEADER) String authorization,
                              @QueryParam("projectId") String projectId) {
        LOG.info("Admin flag listing for project " + projectId + ", Authorization=" + authorization);
        if (!authorized(authorization)) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Basic realm=\"flags\"")
                    .build();
        }
        return Response.ok(client.listFlags(projectId)).build();
    }

    @GET
    @Path("/diagnostics")
    public Response diagnostics(@HeaderParam(PostHogSettings.AUTHORIZATION_HEADER) String authorization) {
        if (!authorized(authorization)) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        LOG.info("Diagnostics requested; personal key in use " + KeyMasker.mask(settings.personalApiKey()));
        return Response.ok(Map.of(
                "host", settings.host(),
                "secureKeyConfigured", settings.featureFlagsSecureApiKey().isPresent(),
                "pollIntervalSeconds", settings.pollIntervalSeconds())).build();
    }

    /**
     * Raw local-evaluation payload, used when debugging flag mismatches between pods.
     */
    @GET
    @Path("/flag-definitions")
    public Response flagDefinitions(@HeaderParam(PostHogSettings.AUTHORIZATION_HEADER) String authorization) {
        if (!authorized(authorization)) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        return Response.ok(client.fetchFlagDefinitions().getJsonArray("flags")).build();
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon > 0 && admin.matches(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
