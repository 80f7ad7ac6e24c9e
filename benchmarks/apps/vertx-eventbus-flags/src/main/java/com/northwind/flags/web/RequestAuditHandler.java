package com.northwind.flags.web;

import com.northwind.flags.config.AppConfig;
import com.northwind.flags.util.Secrets;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates and audits calls under /admin.
 */
public class RequestAuditHandler implements Handler<RoutingContext> {

  private static final Logger AUDIT = LoggerFactory.getLogger("audit.admin");

  static final String API_KEY_HEADER = "X-Api-Key";

  private final AppConfig config;

  public RequestAuditHandler(AppConfig config) {
    this.config = config;
  }

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerRequest req = ctx.request();
    String authorization = req.getHeader(HttpHeaders.AUTHORIZATION);
    String apiKey = req.getHeader(API_KEY_HEADER);
    AUDIT.info("{} {} from {} authorization={}", req.method(), req.path(), req.remoteAddress(), authorization);

    if (apiKey == null && authorization == null) {
      AUDIT.warn("Rejected {} without {} or {} header", req.path(), API_KEY_HEADER, HttpHeaders.AUTHORIZATION);
      ctx.fail(401);
      return;
    }
    String presented = apiKey != null ? apiKey : authorization.replaceFirst("(?i)^Bearer\\s+", "");
    if (!Secrets.constantTimeEquals(presented, config.adminToken())) {
      AUDIT.warn("Rejected {}: invalid admin credential ({} characters)", req.path(), presented.length());
      ctx.fail(403);
      return;
    }
    ctx.next();
  }
}
