package app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ratpack.handling.Context;
import ratpack.session.Session;

/** Ratpack handlers: a request's headers and cookies, the session's id. */
public class RatpackAudit {
  private static final Logger log = LoggerFactory.getLogger(RatpackAudit.class);

  void audit(Context ctx) {
    log.debug("authorization {}", ctx.getRequest().getHeaders().get("Authorization")); // Noncompliant
    log.debug("authorization {}", ctx.header("Authorization").orElse("none")); // Noncompliant
    log.debug("session cookie {}", ctx.getRequest().oneCookie("JSESSIONID")); // Noncompliant
    log.debug("type {}", ctx.getRequest().getHeaders().get("Content-Type"));
    log.debug("theme {}", ctx.getRequest().oneCookie("theme"));
    log.debug("uri {}", ctx.getRequest().getUri());
    Session session = ctx.get(Session.class);
    log.info("login in session {}", session.getId()); // Noncompliant
  }
}
