package com.northwind.growth.cohortsync.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.northwind.growth.cohortsync.config.SyncSettings;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code GET /bootstrap}: configuration the audiences SPA needs before it can initialise
 * posthog-js. Behind the Cognito authorizer; admins get the extra fields the cohort preview
 * screen uses to query PostHog directly.
 */
public class BootstrapHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger LOG = LogManager.getLogger(BootstrapHandler.class);
    private static final String ADMIN_GROUP = "audiences-admin";

    record ClientBootstrap(String posthogKey, String posthogHost, String apiBaseUrl) {
    }

    record AdminBootstrap(String posthogKey, String posthogHost, String apiBaseUrl,
                          long projectId, String posthogApiHost, String posthogApiKey) {
    }

    private final LambdaComponents components = LambdaComponents.get();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        SyncSettings settings = components.settings();
        String apiBaseUrl = "/" + event.getRequestContext().getStage();

        if (!isAdmin(event)) {
            ClientBootstrap bootstrap = new ClientBootstrap(
                    settings.credentials().projectApiKey(), settings.ingestionHost(), apiBaseUrl);
            return ApiResponses.ok().withBody(components.gson().toJson(bootstrap));
        }

        LOG.info("Admin bootstrap for {}", claims(event).get("email"));
        AdminBootstrap bootstrap = new AdminBootstrap(
                settings.credentials().projectApiKey(),
                settings.ingestionHost(),
                apiBaseUrl,
                settings.projectId(),
                settings.host(),
                settings.credentials().personalApiKey());
        return ApiResponses.ok().withBody(components.gson().toJson(bootstrap));
    }

    private static boolean isAdmin(APIGatewayProxyRequestEvent event) {
        Object groups = claims(event).get("cognito:groups");
        return groups != null && groups.toString().contains(ADMIN_GROUP);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(APIGatewayProxyRequestEvent event) {
        Map<String, Object> authorizer = event.getRequestContext().getAuthorizer();
        if (authorizer == null || !(authorizer.get("claims") instanceof Map<?, ?> claims)) {
            return Map.of();
        }
        return (Map<String, Object>) claims;
    }
}
