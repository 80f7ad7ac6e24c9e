package io.cohortly.api.web;

import io.jooby.Context;
import io.jooby.Route;
import io.jooby.Session;
import io.jooby.StatusCode;
import io.jooby.exception.StatusCodeException;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Lets a request through when it carries a known API token (bearer or {@code X-Cohortly-Token})
 * or an existing dashboard session, and fills the MDC for the log pattern.
 */
public final class AuthFilter implements Route.Filter {

  private static final Logger log = LoggerFactory.getLogger(AuthFilter.class);

  static final String API_TOKEN_HEADER = "X-Cohortly-Token";

  enum CredentialKind {
    BEARER,
    API_TOKEN,
    SESSION,
    NONE;

    static CredentialKind of(String authorization, String apiToken, Session session) {
      if (authorization != null && authorization.startsWith("Bearer ")) {
        return BEARER;
      }
      if (apiToken != null) {
        return API_TOKEN;
      }
      return session != null ? SESSION : NONE;
    }
  }

  private final Set<String> apiTokens;

  public AuthFilter(Set<String> apiTokens) {
    this.apiTokens = apiTokens;
  }

  @Override
  public Route.Handler apply(Route.Handler next) {
    return ctx -> {
      MDC.put("requestId", UUID.randomUUID().toString());
      try {
        Session session = ctx.sessionOrNull();
        if (session != null) {
          String sessionId = session.getId();
          MDC.put("session", sessionId);
        }
        authenticate(ctx, session);
        return next.apply(ctx);
      } finally {
        MDC.clear();
      }
    };
  }

  private void authenticate(Context ctx, Session session) {
    if (ctx.getRequestPath().equals("/health")) {
      return;
    }
    String authorization = ctx.header("Authorization").valueOrNull();
    String apiToken = ctx.header(API_TOKEN_HEADER).valueOrNull();
    CredentialKind token = CredentialKind.of(authorization, apiToken, session);
    log.debug("{} {} credential={}", ctx.getMethod(), ctx.getRequestPath(), token);

    switch (token) {
      case NONE -> {
        log.warn("Rejecting {} {}: no Authorization or {} header", ctx.getMethod(), ctx.getRequestPath(), API_TOKEN_HEADER);
        throw new StatusCodeException(StatusCode.UNAUTHORIZED);
      }
      case BEARER -> {
        if (!apiTokens.contains(authorization.substring("Bearer ".length()))) {
          log.warn("Unknown bearer credentials on {}: {}", ctx.getRequestPath(), authorization);
          throw new StatusCodeException(StatusCode.UNAUTHORIZED);
        }
      }
      case API_TOKEN -> {
        if (!apiTokens.contains(apiToken)) {
          throw new StatusCodeException(StatusCode.UNAUTHORIZED);
        }
      }
      case SESSION -> {
        // dashboard users authenticated by the SSO proxy; nothing else to check
      }
    }
  }
}
