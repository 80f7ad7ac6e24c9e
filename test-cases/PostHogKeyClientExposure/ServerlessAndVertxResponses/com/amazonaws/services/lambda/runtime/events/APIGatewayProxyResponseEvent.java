package com.amazonaws.services.lambda.runtime.events;

import java.util.Map;

/** API Gateway's proxy response, as far as the case needs it. */
public class APIGatewayProxyResponseEvent {
  public APIGatewayProxyResponseEvent withStatusCode(Integer status) {
    return this;
  }

  public APIGatewayProxyResponseEvent withBody(String body) {
    return this;
  }

  public APIGatewayProxyResponseEvent withHeaders(Map<String, String> headers) {
    return this;
  }

  public void setBody(String body) {}

  public void setHeaders(Map<String, String> headers) {}
}
