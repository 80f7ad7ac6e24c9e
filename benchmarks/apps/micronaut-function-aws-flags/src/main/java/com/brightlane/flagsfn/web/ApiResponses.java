package com.brightlane.flagsfn.web;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Map;

public final class ApiResponses {

    private ApiResponses() {
    }

    public static APIGatewayProxyResponseEvent json(int status, String body) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(Map.of("Content-Type", "application/json", "Cache-Control", "no-store"))
                .withBody(body);
    }

    public static APIGatewayProxyResponseEvent status(int status, String message) {
        return json(status, "{\"error\":\"" + message.replace("\"", "'") + "\"}");
    }

    public static APIGatewayProxyResponseEvent redirect(String location) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(302)
                .withHeaders(Map.of("Location", location));
    }
}
