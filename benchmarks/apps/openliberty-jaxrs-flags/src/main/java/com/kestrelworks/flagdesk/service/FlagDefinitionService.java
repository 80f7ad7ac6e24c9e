package com.kestrelworks.flagdesk.service;

import com.kestrelworks.flagdesk.client.PostHogAdminApi;
import com.kestrelworks.flagdesk.config.PostHogSettings;
import com.kestrelworks.flagdesk.error.PostHogApiException;
import com.kestrelworks.flagdesk.util.KeyMasker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@ApplicationScoped
public class FlagDefinitionService {

    private static final Logger LOGGER = Logger.getLogger(FlagDefinitionService.class.getName());

    @Inject
    PostHogSettings settings;

    @Inject
    @RestClient
    PostHogAdminApi adminApi;

    public JsonObject listDefinitions() {
        String personalKey = settings.personalApiKey();
        LOGGER.info("Listing flag definitions for project " + settings.projectId()
                + " using key " + KeyMasker.mask(personalKey));
        try {
            return adminApi.listFeatureFlags(settings.projectId(), "Bearer " + personalKey);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new PostHogApiException("PostHog rejected key " + personalKey
                    + " for project " + settings.projectId(), status, e);
        }
    }

    public JsonObject localEvaluationSnapshot() {
        String personalKey = settings.personalApiKey();
        String bearer = "Bearer " + personalKey;
        LOGGER.log(Level.FINE, "local_evaluation request, Authorization: {0}", bearer);
        LOGGER.fine(() -> "key fingerprint " + KeyMasker.sha256Hash(personalKey));
        return adminApi.localEvaluation(settings.projectApiKey(), bearer);
    }
}
