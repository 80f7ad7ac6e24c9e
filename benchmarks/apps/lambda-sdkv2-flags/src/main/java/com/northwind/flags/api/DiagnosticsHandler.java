package com.northwind.flags.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flags.api.dto.DiagnosticsView;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.PostHogKeys.KeyKind;
import com.northwind.flags.config.SecretsLoader;
import com.northwind.flags.posthog.PostHogAdminClient;
import com.northwind.flags.posthog.PostHogConfigException;
import com.northwind.flags.util.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Internal endpoints behind {@link AdminAuthorizer}:
 * <ul>
 *   <li>{@code GET /internal/diagnostics} — effective PostHog configuration</li>
 *   <li>{@code GET /internal/dashboards/{dashboardId}} — redirect to a dashboard export</li>
 * </ul>
 */
public class DiagnosticsHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger log = LoggerFactory.getLogger(DiagnosticsHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AppConfig CONFIG = AppConfig.fromEnvironment();
    private static final SecretsLoader SECRETS = SecretsLoader.create();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        try {
            String personalKey = SECRETS.personalApiKey(CONFIG);

            Map<String, String> pathParameters = request.getPathParameters();
            if (pathParameters != null && pathParameters.containsKey("dashboardId")) {
                PostHogAdminClient admin = new PostHogAdminClient(CONFIG, personalKey);
                String location = admin.dashboardExportUrl(pathParameters.get("dashboardId"));
                return new APIGatewayProxyResponseEvent().withStatusCode(302).withHeaders(Map.of("Location", location));
            }

            KeyKind apiKey = CONFIG.isLocal() ? KeyKind.PERSONAL : KeyKind.FLAGS_SECURE;
            log.info("diagnostics requested by {}; local evaluation uses {}", request.getRequestContext().getIdentity().getSourceIp(), apiKey);

            DiagnosticsView view = DiagnosticsView.of(CONFIG, personalKey);
            log.info("Diagnostics snapshot: {}", view);
            log.info("personal key fingerprint={} length={}", Masking.sha256Fingerprint(personalKey), personalKey.length());

            return new APIGatewayProxyResponseEvent().withStatusCode(200).withBody(JSON.writeValueAsString(view));
        } catch (PostHogConfigException e) {
            return new APIGatewayProxyResponseEvent().withStatusCode(500).withBody("{\"error\":\"" + e.getMessage() + "\"}");
        } catch (JsonProcessingException e) {
            return new APIGatewayProxyResponseEvent().withStatusCode(500);
        }
    }
}
