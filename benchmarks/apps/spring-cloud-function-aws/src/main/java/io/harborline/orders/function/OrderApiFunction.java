package io.harborline.orders.function;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.harborline.orders.analytics.FeatureFlagService;
import io.harborline.orders.secrets.PostHogKeyProvider;
import io.harborline.orders.support.HeaderRedactor;
import io.harborline.orders.support.TokenType;
import io.harborline.orders.web.ClientBootstrapFactory;
import io.harborline.orders.web.ClientBootstrapFactory.ClientBootstrap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Component;
import software.amazon.lambda.powertools.logging.LoggingUtils;

@Component("orderApi")
public class OrderApiFunction implements Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger log = LogManager.getLogger(OrderApiFunction.class);
    private static final List<String> STOREFRONT_FLAGS = List.of("new-checkout", "express-shipping");

    private final ClientBootstrapFactory bootstrapFactory;
    private final FeatureFlagService featureFlags;
    private final PostHogKeyProvider keyProvider;
    private final ObjectMapper objectMapper;

    public OrderApiFunction(ClientBootstrapFactory bootstrapFactory, FeatureFlagService featureFlags,
                            PostHogKeyProvider keyProvider, ObjectMapper objectMapper) {
        this.bootstrapFactory = bootstrapFactory;
        this.featureFlags = featureFlags;
        this.keyProvider = keyProvider;
        this.objectMapper = objectMapper;
    }

    @Override
    public APIGatewayProxyResponseEvent apply(APIGatewayProxyRequestEvent event) {
        Map<String, String> headers = event.getHeaders() == null ? Map.of() : event.getHeaders();
        String path = event.getPath();
        LoggingUtils.appendKey("correlation_id", event.getRequestContext().getRequestId());
        log.info("{} {} headers={}", event.getHttpMethod(), path, HeaderRedactor.redact(headers));

        String authorization = headers.get("Authorization");
        if (authorization == null) {
            log.warn("Missing {} header on {}", "Authorization", path);
            return json(401, Map.of("error", "unauthorized"));
        }
        log.debug("Authorizing caller with {}", authorization);
        TokenType tokenType = TokenType.fromHeader(authorization);
        log.info("Caller token type {}", tokenType);

        String distinctId = headers.getOrDefault("X-Customer-Id", "anonymous");
        switch (path) {
            case "/bootstrap":
                return json(200, bootstrapFactory.forStorefront(STOREFRONT_FLAGS));
            case "/admin/bootstrap":
                return adminBootstrap();
            case "/orders":
                boolean expressShipping = featureFlags.isEnabled(distinctId, "express-shipping");
                featureFlags.capture(distinctId, "order_api_called");
                return json(200, Map.of("expressShipping", expressShipping));
            default:
                return json(404, Map.of("error", "not found"));
        }
    }

    private APIGatewayProxyResponseEvent adminBootstrap() {
        ClientBootstrap bootstrap = bootstrapFactory.forAdminConsole(STOREFRONT_FLAGS);
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Set-Cookie", "ph_flags=" + keyProvider.secureKey() + "; Path=/admin; Secure; HttpOnly");
        try {
            String body = objectMapper.writeValueAsString(bootstrap);
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(200)
                    .withHeaders(headers)
                    .withBody(body);
        } catch (JsonProcessingException e) {
            return json(500, Map.of("error", "serialization failed"));
        }
    }

    private APIGatewayProxyResponseEvent json(int status, Object payload) {
        try {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(status)
                    .withHeaders(Map.of("Content-Type", "application/json"))
                    .withBody(objectMapper.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            return new APIGatewayProxyResponseEvent().withStatusCode(500);
        }
    }
}
