package com.northwind.flags.functions.handler;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.northwind.flags.common.LogContext;
import com.northwind.flags.functions.config.FlagsConfig;
import com.northwind.flags.functions.flags.FlagClientProvider;
import com.northwind.flags.functions.model.ClientBootstrap;
import com.posthog.server.PostHogInterface;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringTokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.CorrelationIdPaths;
import software.amazon.lambda.powertools.logging.Logging;

/**
 * GET /flags?distinct_id=...&flags=a,b,c — called by the web and mobile apps on start-up.
 */
public class EvaluateFlagsHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger LOGGER = LoggerFactory.getLogger(EvaluateFlagsHandler.class);
    private static final String DEFAULT_FLAGS = "new-checkout,search-v2,holiday-banner";

    @Override
    @Logging(correlationIdPath = CorrelationIdPaths.API_GATEWAY_REST)
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Map<String, String> query = Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of());
        Map<String, String> headers = Optional.ofNullable(event.getHeaders()).orElse(Map.of());
        String distinctId = query.get("distinct_id");
        if (distinctId == null || distinctId.isBlank()) {
            return ErrorResponses.badRequest("distinct_id is required");
        }

        LogContext.bindCaller(context.getAwsRequestId(), distinctId, headers.get("Authorization"));
        context.getLogger().log("flags request from " + event.getRequestContext().getIdentity().getSourceIp()
                + " cookie=" + headers.get("Cookie"));
        try {
            FlagsConfig config = FlagsConfig.get();
            LOGGER.debug("Evaluating flags",
                    entry("distinctId", distinctId),
                    entry("secureKey", config.getFeatureFlagsSecureApiKey()));

            PostHogInterface posthog = FlagClientProvider.client();
            Map<String, Object> flags = new LinkedHashMap<>();
            StringTokenizer tokenizer = new StringTokenizer(query.getOrDefault("flags", DEFAULT_FLAGS), ",");
            while (tokenizer.hasMoreTokens()) {
                String token = tokenizer.nextToken().trim();
                LOGGER.debug("Evaluating flag token {}", token);
                flags.put(token, posthog.getFeatureFlag(distinctId, token));
            }

            ClientBootstrap body = new ClientBootstrap(config.getProjectApiKey(), config.getHost(), distinctId, flags);
            APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent()
                    .withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/json", "Cache-Control", "private, max-age=30"));
            response.setBody(ErrorResponses.write(body));
            return response;
        } catch (RuntimeException e) {
            LOGGER.error("Flag evaluation failed for {}", distinctId, e);
            return ErrorResponses.internalError();
        } finally {
            LogContext.clear();
        }
    }
}
