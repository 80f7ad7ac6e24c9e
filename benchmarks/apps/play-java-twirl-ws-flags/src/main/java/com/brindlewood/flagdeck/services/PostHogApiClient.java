package com.brindlewood.flagdeck.services;

import com.brindlewood.flagdeck.config.PostHogSettings;
import com.brindlewood.flagdeck.errors.PostHogApiException;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.libs.ws.WSClient;
import play.libs.ws.WSResponse;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Thin WSClient wrapper around the PostHog REST API.
 */
@Singleton
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);
    private static final String AUTHORIZATION = "Authorization";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WSClient ws;
    private final PostHogSettings settings;

    @Inject
    public PostHogApiClient(WSClient ws, PostHogSettings settings) {
        this.ws = ws;
        this.settings = settings;
    }

    public CompletionStage<JsonNode> listFlags() {
        String url = settings.apiBase() + "/api/projects/" + settings.projectId() + "/feature_flags/?limit=200";
        return ws.url(url)
                .addHeader(AUTHORIZATION, "Bearer " + settings.personalApiKey())
                .setRequestTimeout(TIMEOUT)
                .get()
                .thenApply(resp -> expectOk(resp, url));
    }

    public CompletionStage<JsonNode> projectInfo() {
        String url = settings.apiBase() + "/api/projects/" + settings.projectId() + "/?personal_api_key=" + settings.personalApiKey();
        log.debug("GET {}", url);
        return ws.url(url)
                .setRequestTimeout(TIMEOUT)
                .get()
                .thenApply(resp -> expectOk(resp, "project " + settings.projectId()));
    }

    /** Raw local-evaluation payload; the sync job snapshots it for the audit trail. */
    public CompletionStage<JsonNode> localEvaluation() {
        String url = settings.host() + "/api/feature_flag/local_evaluation/?token=" + settings.personalApiKey() + "&send_cohorts";
        return ws.url(url)
                .addHeader(AUTHORIZATION, "Bearer " + settings.secureApiKey())
                .setRequestTimeout(TIMEOUT)
                .get()
                .thenApply(resp -> expectOk(resp, url));
    }

    private static JsonNode expectOk(WSResponse resp, String what) {
        if (resp.getStatus() >= 300) {
            throw new PostHogApiException("PostHog answered " + resp.getStatus() + " for " + what, resp.getStatus());
        }
        return resp.asJson();
    }
}
