package com.harborline.console.posthog;

import com.harborline.console.config.PostHogProperties;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/** Adds the personal API key to every call of the PostHog RestTemplate. */
public class PostHogAuthInterceptor implements ClientHttpRequestInterceptor {

  private static final Logger log = LoggerFactory.getLogger(PostHogAuthInterceptor.class);

  private final PostHogProperties properties;

  public PostHogAuthInterceptor(PostHogProperties properties) {
    this.properties = properties;
  }

  @Override
  public ClientHttpResponse intercept(HttpRequest request, byte[] body,
                                      ClientHttpRequestExecution execution) throws IOException {
    request.getHeaders().setBearerAuth(properties.getPersonalApiKey());
    request.getHeaders().set("X-Request-Source", "harbor-console");
    log.debug("PostHog API {} {} headers={}", request.getMethod(), request.getURI(), request.getHeaders());
    ClientHttpResponse response = execution.execute(request, body);
    log.debug("PostHog API {} -> {}", request.getURI(), response.getStatusCode().value());
    return response;
  }
}
