package com.northwind.flags.model;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.Map;
import java.util.Optional;

/**
 * Who is calling: taken from the API Gateway proxy event headers.
 */
public record CallerContext(String distinctId, String sessionToken, String authorization, String sourceIp) {

    public static CallerContext from(APIGatewayProxyRequestEvent event) {
        Map<String, String> headers = Optional.ofNullable(event.getHeaders()).orElse(Map.of());
        String sourceIp = event.getRequestContext() != null && event.getRequestContext().getIdentity() != null
                ? event.getRequestContext().getIdentity().getSourceIp()
                : null;
        return new CallerContext(
                headers.getOrDefault("X-Distinct-Id", "anonymous"),
                headers.get("X-Session-Token"),
                headers.get("Authorization"),
                sourceIp);
    }

    public boolean authenticated() {
        return authorization != null && authorization.startsWith("Bearer ");
    }
}
