package com.brightlane.flagsfn.admin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.brightlane.flagsfn.auth.CallerAuthenticator;
import com.brightlane.flagsfn.auth.CallerAuthenticator.ApiKeyScope;
import com.brightlane.flagsfn.config.PostHogSettings;
import com.brightlane.flagsfn.posthog.PostHogApiClient;
import com.brightlane.flagsfn.posthog.PostHogApiException;
import com.brightlane.flagsfn.web.ApiResponses;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handler for the ops console: {@code GET /admin/posthog},
 * {@code GET /admin/posthog/open} and {@code POST /admin/posthog/probe}.
 */
public class AdminDiagnosticsHandler
        extends MicronautRequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AdminDiagnosticsHandler.class);

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogApiClient postHogApi;

    @Inject
    CallerAuthenticator authenticator;

    @Inject
    JsonMapper jsonMapper;

    @Override
    public APIGatewayProxyResponseEvent execute(APIGatewayProxyRequestEvent input) {
        boolean admin = authenticator.authenticate(input)
                .filter(scope -> scope == ApiKeyScope.ADMIN)
                .isPresent();
        if (!admin) {
            return ApiResponses.status(403, "admin scope required");
        }
        String path = input.getPath() == null ? "" : input.getPath();
        if (path.endsWith("/open")) {
            return openInPostHog();
        }
        if (path.endsWith("/probe")) {
            return probeLocalEvaluation();
        }
        try {
            DiagnosticsReport report = DiagnosticsReport.from(settings, postHogApi.listFeatureFlags());
            return ApiResponses.json(200, jsonMapper.writeValueAsString(report));
        } catch (PostHogApiException e) {
            LOG.error("PostHog API call failed (HTTP {}): {}", e.getStatusCode(), e.getMessage());
            return ApiResponses.status(502, "PostHog API unavailable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deep link for the console's "Open in PostHog" button. */
    private APIGatewayProxyResponseEvent openInPostHog() {
        String url = settings.getAppHost() + "/api/projects/" + settings.getProjectId()
                + "/feature_flags/?personal_api_key=" + settings.getPersonalApiKey();
        return ApiResponses.redirect(url);
    }

    /** Spins up a throw-away client to check that local evaluation works with the current keys. */
    private APIGatewayProxyResponseEvent probeLocalEvaluation() {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .build();
        config.setPersonalApiKey(settings.getPersonalApiKey());
        config.setDebug(true);
        PostHogInterface probe = PostHog.with(config);
        try {
            boolean enabled = probe.isFeatureEnabled("flags-fn-probe", "flags-fn-canary", false);
            return ApiResponses.json(200, "{\"canary\":" + enabled + "}");
        } finally {
            probe.close();
        }
    }
}
