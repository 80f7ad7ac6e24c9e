package com.northwind.cohortbridge.api;

import com.northwind.cohortbridge.config.BridgeDefaults;
import com.northwind.cohortbridge.config.FlagSecureKeyProvider;
import com.northwind.cohortbridge.config.PostHogSettings;
import com.northwind.cohortbridge.util.KeyMasker;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;

/**
 * Small admin surface for the ops team: status, client config for the admin SPA,
 * and a jump into PostHog's UI.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class BridgeAdminResource {

    @Inject
    PostHogSettings settings;

    @Inject
    FlagSecureKeyProvider secureKeys;

    public record BridgeStatus(String host, long projectId, boolean personalKeyConfigured,
                               String personalKeyHint, int secureKeyLength) {
    }

    @GET
    @Path("/status")
    public BridgeStatus status() {
        String key = settings.personalApiKey();
        return new BridgeStatus(settings.host(), settings.projectId(), key != null && !key.isBlank(),
                KeyMasker.mask(key), secureKeys.secureKey().length());
    }

    /** Bootstraps posthog-js in the admin SPA. */
    @GET
    @Path("/client-config")
    public Map<String, Object> clientConfig() {
        return Map.of(
                "apiHost", settings.host(),
                "projectKey", settings.apiKey(),
                "keyHeader", BridgeDefaults.KEY_HEADER);
    }

    /** Lets the SPA evaluate the experiment flags without a round trip. */
    @GET
    @Path("/flags-bootstrap")
    public Response flagsBootstrap() {
        Map<String, Object> bootstrap = Map.of(
                "pollSeconds", BridgeDefaults.FLAG_POLL_SECONDS,
                "secureKey", secureKeys.secureKey());
        return Response.ok(bootstrap).build();
    }

    /** Opens a cohort in PostHog's UI. */
    @GET
    @Path("/cohorts/{cohortId}/open")
    public Response openInPostHog(@PathParam("cohortId") long cohortId) {
        URI target = URI.create(settings.host() + "/project/" + settings.projectId()
                + "/cohorts/" + cohortId + "?personal_api_key=" + settings.personalApiKey());
        return Response.seeOther(target).build();
    }
}
