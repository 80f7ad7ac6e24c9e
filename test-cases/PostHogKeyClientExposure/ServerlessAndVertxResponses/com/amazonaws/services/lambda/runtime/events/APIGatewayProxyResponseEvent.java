package com.amazonaws.services.lambda.runtime.events;

/** API Gateway's proxy response, as far as the case needs it. */
public class APIGatewayProxyResponseEvent {
  public APIGatewayProxyResponseEvent withStatusCode(Integer status) {
    return this;
  }

  public APIGatewayProxyResponseEvent withBody(String body) {
    return this;
  }
}
