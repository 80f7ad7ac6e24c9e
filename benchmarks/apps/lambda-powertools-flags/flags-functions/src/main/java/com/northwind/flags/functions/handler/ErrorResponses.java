package com.northwind.flags.functions.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flags.functions.flags.FlagSyncException;
import java.util.Map;

/**
 * Uniform JSON error bodies for every API Gateway handler.
 */
public final class ErrorResponses {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    record ErrorBody(String error, String detail) {
    }

    private ErrorResponses() {
    }

    public static APIGatewayProxyResponseEvent badRequest(String detail) {
        return of(400, "bad_request", detail);
    }

    public static APIGatewayProxyResponseEvent forbidden() {
        return of(403, "forbidden", "Not allowed");
    }

    public static APIGatewayProxyResponseEvent notFound() {
        return of(404, "not_found", "No such route");
    }

    public static APIGatewayProxyResponseEvent internalError() {
        return of(500, "internal_error", "Unexpected error");
    }

    public static APIGatewayProxyResponseEvent upstreamFailure(FlagSyncException e) {
        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent()
                .withStatusCode(502)
                .withHeaders(JSON);
        response.setBody(write(new ErrorBody("flags_unavailable", e.getMessage())));
        return response;
    }

    private static APIGatewayProxyResponseEvent of(int status, String code, String detail) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(JSON)
                .withBody(write(new ErrorBody(code, detail)));
    }

    static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return "{\"error\":\"internal_error\"}";
        }
    }
}
