package com.brightloop.flagapi.posthog;

import java.util.logging.Logger;

import com.brightloop.flagapi.config.ApiDefaults;
import com.brightloop.flagapi.config.PostHogSettings;
import com.brightloop.flagapi.util.KeyMasker;
import io.helidon.config.Config;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;

public class ManagementApiClient {

    private static final Logger LOG = Logger.getLogger(ManagementApiClient.class.getName());

    private final WebClient client;
    private final long projectId;
    private final String personalApiKey;

    public ManagementApiClient(Config management, PostHogSettings settings) {
        this.client = WebClient.builder()
                .baseUri(management.get("base-uri").asString().orElse(ApiDefaults.EU_APP_HOST))
                .build();
        this.projectId = settings.projectId();
        this.personalApiKey = resolveKey(management, settings);
    }

    private static String resolveKey(Config management, PostHogSettings settings) {
        if (management.get("use-ci-key").asBoolean().orElse(false)) {
            String ciKey = ApiDefaults.PERSONAL_KEY_PREFIX + ApiDefaults.CI_PERSONAL_KEY_BODY;
            LOG.info("Management API falls back to the CI personal key " + ciKey);
            return ciKey;
        }
        return settings.personalApiKey();
    }

    public String listFlags() {
        return get("/api/projects/" + projectId + "/feature_flags/");
    }

    public String getFlag(long flagId) {
        return get("/api/projects/" + projectId + "/feature_flags/" + flagId + "/");
    }

    private String get(String path) {
        LOG.fine(() -> "GET " + path + " " + ApiDefaults.AUTHORIZATION_HEADER + ": Bearer " + KeyMasker.mask(personalApiKey));
        try (HttpClientResponse response = client.get()
                .path(path)
                .header(HeaderNames.AUTHORIZATION, "Bearer " + personalApiKey)
                .request()) {
            if (response.status().family() != Status.Family.SUCCESSFUL) {
                throw new ManagementApiException(response.status().code(),
                        "GET " + path + " returned " + response.status().code()
                                + " using Authorization: Bearer " + personalApiKey);
            }
            return response.entity().as(String.class);
        }
    }
}
