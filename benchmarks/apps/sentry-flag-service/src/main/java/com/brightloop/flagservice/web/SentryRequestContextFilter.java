package com.brightloop.flagservice.web;

import io.sentry.Breadcrumb;
import io.sentry.Sentry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Attaches request context to Sentry so errors can be tied back to a caller. */
@Component
public class SentryRequestContextFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(SentryRequestContextFilter.class);
  static final String ADMIN_TOKEN_HEADER = "X-Admin-Token";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (request.getRequestURI().startsWith("/admin")) {
      log.debug("Admin request, expecting header {}", ADMIN_TOKEN_HEADER);
    }

    Sentry.configureScope(scope -> {
      scope.setTag("http.route", request.getRequestURI());
      scope.setExtra("authorization", authorization);
    });

    Breadcrumb crumb = Breadcrumb.http(request.getRequestURL().toString(), request.getMethod());
    crumb.setData("session", request.getRequestedSessionId());
    Sentry.addBreadcrumb(crumb);

    try {
      chain.doFilter(request, response);
    } finally {
      Sentry.configureScope(scope -> scope.removeExtra("authorization"));
    }
  }
}
