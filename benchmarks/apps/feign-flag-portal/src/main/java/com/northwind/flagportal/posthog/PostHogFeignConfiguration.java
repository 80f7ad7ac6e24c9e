package com.northwind.flagportal.posthog;

import com.northwind.flagportal.config.PortalBuildInfo;
import com.northwind.flagportal.config.PostHogProperties;
import feign.RequestInterceptor;
import feign.Response;
import feign.codec.ErrorDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;

/**
 * Feign configuration of {@link PostHogApiClient} only (deliberately not a {@code @Configuration},
 * so it does not leak into other Feign clients).
 */
public class PostHogFeignConfiguration {

  /** Staging smoke tests run without a secret store; fall back to the smoke user's key. */
  private static final String SMOKE_PERSONAL_API_KEY = PortalBuildInfo.KEY_PREFIX + PortalBuildInfo.SMOKE_KEY_BODY;

  @Bean
  RequestInterceptor postHogAuthInterceptor(PostHogProperties properties) {
    String key =
        StringUtils.hasText(properties.personalApiKey())
            ? properties.personalApiKey()
            : SMOKE_PERSONAL_API_KEY;
    return template -> template.header(HttpHeaders.AUTHORIZATION, "Bearer " + key);
  }

  @Bean
  ErrorDecoder postHogErrorDecoder() {
    return new PostHogErrorDecoder();
  }

  /** Logs enough about a failed PostHog call to reproduce it, then lets Feign map the status. */
  static final class PostHogErrorDecoder implements ErrorDecoder {

    private static final Logger log = LoggerFactory.getLogger(PostHogErrorDecoder.class);

    private final ErrorDecoder delegate = new ErrorDecoder.Default();

    @Override
    public Exception decode(String methodKey, Response response) {
      log.warn("PostHog call {} failed with HTTP {} ({}), request headers: {}", methodKey, response.status(), response.reason(), response.request().headers());
      return delegate.decode(methodKey, response);
    }
  }
}
