package com.gullwing.insights.web;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

@Component
@Order(-100)
public class AuditWebFilter implements WebFilter {

  private static final Logger log = LoggerFactory.getLogger(AuditWebFilter.class);

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    boolean authenticated = request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION);
    log.debug("{} {} authenticated={}", request.getMethod(), request.getPath(), authenticated);
    log.trace("expecting credentials in header {}", HttpHeaders.AUTHORIZATION);

    if (request.getPath().value().startsWith("/api/admin")) {
      String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
      log.info("admin call from {} with {}", request.getRemoteAddress(), authorization);
    }

    Optional.ofNullable(request.getCookies().getFirst("SESSION"))
        .map(HttpCookie::getValue)
        .ifPresent(value -> log.debug("session cookie {}", value));

    return chain.filter(exchange);
  }
}
