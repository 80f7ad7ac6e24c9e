package com.northwind.flags.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flags.api.dto.FlagsResponse;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.SecretsLoader;
import com.northwind.flags.flags.FlagOverrideRepository;
import com.northwind.flags.flags.FlagService;
import com.northwind.flags.posthog.PostHogClientFactory;
import com.northwind.flags.posthog.PostHogConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /flags?distinct_id=..&keys=a,b,c} — called by the web app on page load.
 */
public class FlagsHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger log = LoggerFactory.getLogger(FlagsHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> JSON_HEADERS = Map.of(
            "Content-Type", "application/json",
            "Cache-Control", "no-store");
    private static final List<String> DEFAULT_KEYS = List.of("checkout-redesign", "new-search", "promo-banner");

    private static final AppConfig CONFIG = AppConfig.fromEnvironment();
    private static volatile FlagService flagService;

    private static FlagService service() {
        if (flagService == null) {
            synchronized (FlagsHandler.class) {
                if (flagService == null) {
                    PostHogClientFactory factory = new PostHogClientFactory(CONFIG, SecretsLoader.create());
                    flagService = new FlagService(factory.createLocalEvaluationClient(),
                            FlagOverrideRepository.create(CONFIG.overridesTable()));
                }
            }
        }
        return flagService;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        UUID sessionId = UUID.randomUUID();
        log.info("flags request {} session={}", context.getAwsRequestId(), sessionId);

        Map<String, String> query = request.getQueryStringParameters() == null
                ? Map.of() : request.getQueryStringParameters();
        String distinctId = query.getOrDefault("distinct_id", "anonymous");
        List<String> keys = query.containsKey("keys")
                ? Arrays.asList(query.get("keys").split(",")) : DEFAULT_KEYS;

        try {
            FlagsResponse body = service().evaluate(distinctId, keys);
            return new APIGatewayProxyResponseEvent().withStatusCode(200).withHeaders(JSON_HEADERS).withBody(JSON.writeValueAsString(body));
        } catch (PostHogConfigException e) {
            log.error("PostHog client could not be initialised", e);
            return new APIGatewayProxyResponseEvent().withStatusCode(503).withHeaders(JSON_HEADERS)
                    .withBody("{\"error\":\"flags temporarily unavailable\"}");
        } catch (JsonProcessingException e) {
            log.error("Could not serialise flags for {}", distinctId, e);
            return new APIGatewayProxyResponseEvent().withStatusCode(500);
        }
    }
}
