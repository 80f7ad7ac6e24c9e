package com.acme.flaginfra.functions.handler;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

import com.acme.flaginfra.functions.config.FlagConfig;
import com.acme.flaginfra.functions.model.FlagBootstrapResponse;
import com.acme.flaginfra.functions.posthog.FeatureFlagService;
import com.acme.flaginfra.functions.posthog.FlagSyncException;
import com.acme.flaginfra.functions.posthog.PostHogClientFactory;
import com.acme.flaginfra.functions.util.KeyMasker;

/** GET /flags?distinct_id=... and GET /flags/debug behind API Gateway. */
public class FlagEvaluationHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger LOG = LogManager.getLogger(FlagEvaluationHandler.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String FLAGS_KEY_HEADER = "X-PostHog-Key";

    private final FlagConfig config = FlagConfig.get();
    private final FeatureFlagService flags =
            new FeatureFlagService(config, PostHogClientFactory.flagsClient(config));

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        LOG.info("Flag request {}", event);
        ThreadContext.put("requestId", context.getAwsRequestId());
        ThreadContext.put("phKey", config.getPersonalApiKey());
        try {
            LOG.info("Personal API key configured: {}", config.hasPersonalApiKey());
            if (event.getPath() != null && event.getPath().endsWith("/flags/debug")) {
                return debugRedirect();
            }
            String clientKey = event.getHeaders() == null ? null : event.getHeaders().get(FLAGS_KEY_HEADER);
            if (!config.getProjectApiKey().equals(clientKey)) {
                return ErrorResponses.badRequest("unknown project");
            }
            Map<String, String> query = event.getQueryStringParameters();
            String distinctId = query == null ? null : query.get("distinct_id");
            if (distinctId == null || distinctId.isBlank()) {
                return ErrorResponses.badRequest("distinct_id is required");
            }

            LOG.debug("Bootstrapping {} with secure key {}", distinctId, KeyMasker.mask(config.getSecureApiKey()));
            FlagBootstrapResponse payload = new FlagBootstrapResponse(
                    distinctId, flags.evaluateAll(distinctId), config.getSecureApiKey(), config.getHost());

            APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent();
            response.setStatusCode(200);
            response.setHeaders(Map.of("Content-Type", "application/json", "Cache-Control", "no-store"));
            response.setBody(MAPPER.writeValueAsString(payload));
            return response;
        } catch (FlagSyncException e) {
            LOG.warn("Flag sync failed with upstream status {}", e.getStatusCode());
            return ErrorResponses.flagSyncFailed(e);
        } catch (JsonProcessingException e) {
            LOG.error("Could not serialise flag payload", e);
            return ErrorResponses.badRequest("serialisation failed");
        } finally {
            ThreadContext.clearMap();
        }
    }

    /** Sends support engineers to the project's flag list in PostHog, already signed in. */
    private APIGatewayProxyResponseEvent debugRedirect() {
        String target = config.getHost().replace(".i.posthog.com", ".posthog.com")
                + "/project/feature_flags?personal_api_key=" + config.getPersonalApiKey();
        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent();
        response.setStatusCode(302);
        response.setHeaders(Map.of("Location", target));
        return response;
    }
}
