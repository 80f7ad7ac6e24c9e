package com.lumenpay.flagslambda.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

public final class Responses {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, String> CORS = Map.of(
      "Content-Type", "application/json",
      "Access-Control-Allow-Origin", "https://app.lumenpay.io",
      "Access-Control-Allow-Headers", "Authorization,Content-Type");

  private Responses() {
  }

  public static APIGatewayProxyResponseEvent json(int status, Object body) {
    try {
      return new APIGatewayProxyResponseEvent()
          .withStatusCode(status)
          .withHeaders(CORS)
          .withBody(MAPPER.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise response body", e);
    }
  }
}
