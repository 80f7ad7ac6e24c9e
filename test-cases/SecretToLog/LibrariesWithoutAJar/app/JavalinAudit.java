package app;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Javalin hands a handler the request's headers and cookies by name. */
public class JavalinAudit {
  private static final Logger log = LoggerFactory.getLogger(JavalinAudit.class);

  void audit(Context ctx) {
    log.info("auth {}", ctx.header("Authorization")); // Noncompliant
    log.info("headers {}", ctx.headerMap()); // Noncompliant
    log.info("session {}", ctx.cookie("relay_session")); // Noncompliant
    log.info("session {}", ctx.cookie("JSESSIONID")); // Noncompliant
    log.info("agent {}", ctx.header("User-Agent"));
    log.info("auth {}", ctx.header(io.javalin.http.Header.AUTHORIZATION)); // Noncompliant
    log.info("cookies {}", ctx.header(io.javalin.http.Header.COOKIE)); // Noncompliant
    log.info("agent {}", ctx.header(io.javalin.http.Header.USER_AGENT));
    log.info("theme {}", ctx.cookie("theme"));
    log.info("path {}", ctx.req().getRequestURI());
  }
}
