package com.amazonaws.services.lambda.runtime.events;

/** API Gateway's HTTP API response, as far as the case needs it. */
public class APIGatewayV2HTTPResponse {
  public void setStatusCode(int status) {}

  public void setBody(String body) {}
}
