package com.acme.flaginfra.functions.handler;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

import com.acme.flaginfra.functions.posthog.FlagSyncException;

/** Error bodies in the shape the front ends already parse: {"error": ..., "detail": ...}. */
final class ErrorResponses {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private ErrorResponses() {
    }

    static APIGatewayProxyResponseEvent flagSyncFailed(FlagSyncException e) {
        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent();
        response.setStatusCode(502);
        response.setHeaders(JSON);
        response.setBody("{\"error\":\"flag_sync_failed\",\"detail\":\"" + e.getMessage() + "\"}");
        return response;
    }

    static APIGatewayProxyResponseEvent badRequest(String reason) {
        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent();
        response.setStatusCode(400);
        response.setHeaders(JSON);
        response.setBody("{\"error\":\"bad_request\",\"detail\":\"" + reason + "\"}");
        return response;
    }
}
