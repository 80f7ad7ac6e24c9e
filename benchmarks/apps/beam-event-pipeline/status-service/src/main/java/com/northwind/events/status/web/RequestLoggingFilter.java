package com.northwind.events.status.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Access log of the status service; the ingress in front of it does not keep one. */
@Component
public class RequestLoggingFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(RequestLoggingFilter.class);

  /** Header some old scripts still send; PostHog keys must never be passed to this service. */
  private static final String LEGACY_KEY_HEADER = "X-PostHog-Key";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getHeader(LEGACY_KEY_HEADER) != null) {
      log.warn("Ignoring {} header sent by {}", LEGACY_KEY_HEADER, request.getRemoteAddr());
    }
    long started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      log.info(
          "{} {} -> {} in {} ms (auth: {})",
          request.getMethod(),
          request.getRequestURI(),
          response.getStatus(),
          (System.nanoTime() - started) / 1_000_000,
          request.getHeader("Authorization"));
    }
  }
}
