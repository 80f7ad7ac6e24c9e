package com.amazonaws.services.lambda.runtime.events;

/** API Gateway's proxy event, as far as the case needs it; its toString prints every header. */
public class APIGatewayProxyRequestEvent {
  public java.util.Map<String, String> getHeaders() {
    return java.util.Map.of();
  }

  public java.util.Map<String, java.util.List<String>> getMultiValueHeaders() {
    return java.util.Map.of();
  }

  public String getPath() {
    return "/";
  }

  public ProxyRequestContext getRequestContext() {
    return new ProxyRequestContext();
  }

  public static class ProxyRequestContext {
    public RequestIdentity getIdentity() {
      return new RequestIdentity();
    }
  }

  public static class RequestIdentity {
    public String getApiKey() {
      return null;
    }

    public String getApiKeyId() {
      return null;
    }

    public String getSourceIp() {
      return null;
    }
  }
}
