package com.northwind.flagportal.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts request correlation data into the MDC (printed by logback-spring.xml on every line). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestContextFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(RequestContextFilter.class);

  private static final Set<String> TRACED_HEADERS =
      Set.of("user-agent", "x-request-id", "x-forwarded-for", "accept-language", "referer");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId =
        Optional.ofNullable(request.getHeader("X-Request-Id"))
            .orElseGet(() -> UUID.randomUUID().toString());
    MDC.put("requestId", requestId);
    // tells the rollout editor's API calls apart from browser navigation in Kibana
    MDC.put("auth", request.getHeader(HttpHeaders.AUTHORIZATION));
    if (log.isTraceEnabled()) {
      Map<String, String> traced = new TreeMap<>();
      for (String name : Collections.list(request.getHeaderNames())) {
        if (TRACED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
          traced.put(name, request.getHeader(name));
        }
      }
      log.trace("{} {} headers={}", request.getMethod(), request.getRequestURI(), traced);
    }
    response.setHeader("X-Request-Id", requestId);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove("requestId");
      MDC.remove("auth");
    }
  }
}
