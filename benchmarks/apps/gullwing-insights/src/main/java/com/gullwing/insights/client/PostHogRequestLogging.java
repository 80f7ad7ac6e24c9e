package com.gullwing.insights.client;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import reactor.core.publisher.Mono;

/** WebClient filters that trace calls to the PostHog API. */
public final class PostHogRequestLogging {

  private static final Logger log = LoggerFactory.getLogger(PostHogRequestLogging.class);

  private PostHogRequestLogging() {}

  public static ExchangeFilterFunction redacted() {
    return ExchangeFilterFunction.ofRequestProcessor(request -> {
      log.debug("--> {} {}", request.method(), request.url());
      request.headers().forEach((name, values) ->
          log.debug("    {}: {}", name,
              HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? "[redacted]" : values));
      return Mono.just(request);
    });
  }

  public static ExchangeFilterFunction verbose() {
    return ExchangeFilterFunction.ofRequestProcessor((ClientRequest request) -> {
      if (log.isTraceEnabled()) {
        log.trace("PostHog request {} {} headers={}", request.method(), request.url(), request.headers());
      }
      return Mono.just(request);
    });
  }
}
