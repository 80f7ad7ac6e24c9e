package com.northwind.flags.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flags.common.Masking;
import com.northwind.flags.functions.config.FlagsConfig;
import com.northwind.flags.functions.flags.FlagSyncException;
import com.northwind.flags.functions.flags.LocalEvaluationClient;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.CorrelationIdPaths;
import software.amazon.lambda.powertools.logging.Logging;

/**
 * /admin/flags/* — used by the internal flags dashboard (Cognito authorizer in front).
 */
public class AdminFlagsHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger LOGGER = LoggerFactory.getLogger(AdminFlagsHandler.class);
    static final String LEGACY_KEY_HEADER = "X-PostHog-Key";
    private static final String ADMIN_GROUP = "flags-admin";

    enum ApiKeyKind { PROJECT, PERSONAL, SECURE }

    record SdkConfigView(String projectApiKey, String featureFlagsSecureApiKey, String apiHost, int pollIntervalSeconds) {
    }

    private final FlagsConfig config;
    private final LocalEvaluationClient definitionsClient;

    public AdminFlagsHandler() {
        this.config = FlagsConfig.get();
        this.definitionsClient = new LocalEvaluationClient(
                config.getHost(), config.getProjectApiKey(), config.getPersonalApiKey());
    }

    @Override
    @Logging(correlationIdPath = CorrelationIdPaths.API_GATEWAY_REST)
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Map<String, String> headers = Optional.ofNullable(event.getHeaders()).orElse(Map.of());
        LOGGER.debug("Admin request {} {} headers={}", event.getHttpMethod(), event.getPath(),
                Masking.redactHeaders(headers));
        if (headers.containsKey(LEGACY_KEY_HEADER)) {
            LOGGER.warn("Ignoring deprecated header {}; the dashboard signs in with Cognito now", LEGACY_KEY_HEADER);
        }

        if (!isAdmin(event)) {
            String callerApiKey = event.getRequestContext().getIdentity().getApiKey();
            LOGGER.warn("Rejected admin call from {} with usage-plan key {}",
                    event.getRequestContext().getIdentity().getSourceIp(), callerApiKey);
            return ErrorResponses.forbidden();
        }

        return switch (event.getPath()) {
            case "/admin/flags/definitions" -> definitions();
            case "/admin/flags/sdk-config" -> sdkConfig();
            case "/admin/flags/console" -> openConsole();
            default -> ErrorResponses.notFound();
        };
    }

    private boolean isAdmin(APIGatewayProxyRequestEvent event) {
        Map<String, Object> authorizer = event.getRequestContext().getAuthorizer();
        if (authorizer == null || !(authorizer.get("claims") instanceof Map<?, ?> claims)) {
            return false;
        }
        Object groups = claims.get("cognito:groups");
        return groups != null && groups.toString().contains(ADMIN_GROUP);
    }

    private APIGatewayProxyResponseEvent definitions() {
        try {
            JsonNode definitions = definitionsClient.fetchDefinitions();
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/json"))
                    .withBody(definitions.path("flags").toString());
        } catch (FlagSyncException e) {
            LOGGER.error("Flag definitions unavailable, upstream status {}", e.getStatusCode());
            return ErrorResponses.upstreamFailure(e);
        }
    }

    /** The dashboard evaluates flags in the browser for its preview pane. */
    private APIGatewayProxyResponseEvent sdkConfig() {
        ApiKeyKind apiKey = config.getFeatureFlagsSecureApiKey() != null ? ApiKeyKind.SECURE : ApiKeyKind.PERSONAL;
        LOGGER.info("Serving dashboard SDK config with {} credentials", apiKey);
        SdkConfigView view = new SdkConfigView(
                config.getProjectApiKey(), config.getFeatureFlagsSecureApiKey(), config.getHost(), 30);
        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent()
                .withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/json", "Cache-Control", "no-store"));
        response.setBody(ErrorResponses.write(view));
        return response;
    }

    /** Deep link to PostHog's flag list for on-call, already authenticated. */
    private APIGatewayProxyResponseEvent openConsole() {
        String consoleUrl = config.getHost().replace(".i.posthog.com", ".posthog.com")
                + "/api/projects/@current/feature_flags/?personal_api_key=" + config.getPersonalApiKey();
        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent().withStatusCode(302);
        response.setHeaders(Map.of("Location", consoleUrl, "Cache-Control", "no-store"));
        return response;
    }
}
