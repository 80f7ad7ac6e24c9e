package com.northwind.flags.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.SecretsLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /bootstrap.js} — a script tag in the storefront loads this before posthog-js,
 * so that posthog-js can be initialised with local flag definitions and no flicker.
 */
public class BootstrapHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger log = LoggerFactory.getLogger(BootstrapHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AppConfig CONFIG = AppConfig.fromEnvironment();
    private static final SecretsLoader SECRETS = SecretsLoader.create();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        // env override was added as a hotfix for SSM throttling on cold starts (INC-2291)
        String secureKey = System.getenv("POSTHOG_FLAGS_SECURE_KEY");
        if (secureKey == null || secureKey.isBlank()) {
            secureKey = SECRETS.flagsSecureKey(CONFIG);
        }

        Map<String, Object> bootstrap = new LinkedHashMap<>();
        bootstrap.put("token", CONFIG.projectApiKey());
        bootstrap.put("api_host", CONFIG.posthogHost());
        bootstrap.put("flags_secure_key", secureKey);
        bootstrap.put("stage", CONFIG.stage());

        try {
            String script = "window.__NW_POSTHOG_BOOTSTRAP__ = " + JSON.writeValueAsString(bootstrap) + ";\n";
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/javascript; charset=utf-8",
                            "Cache-Control", "public, max-age=300"))
                    .withBody(script);
        } catch (JsonProcessingException e) {
            log.error("bootstrap serialisation failed", e);
            return new APIGatewayProxyResponseEvent().withStatusCode(500);
        }
    }
}
