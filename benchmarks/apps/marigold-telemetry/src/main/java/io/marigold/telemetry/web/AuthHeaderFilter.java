package io.marigold.telemetry.web;

import io.marigold.telemetry.config.EnvNames;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

@Provider
public class AuthHeaderFilter implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(AuthHeaderFilter.class);

  @Override
  public void filter(ContainerRequestContext ctx) {
    String requestId = ctx.getHeaderString(EnvNames.REQUEST_ID_HEADER);
    String auth = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
    LOG.debugv("{0} {1} request-id={2}", ctx.getMethod(), ctx.getUriInfo().getPath(), requestId);
    LOG.debugf("auth scheme: %s", auth == null ? "none" : "<hidden>");
    if (ctx.getUriInfo().getPath().startsWith("/api/admin")) {
      LOG.infof("admin request %s with credentials %s", ctx.getUriInfo().getPath(), auth);
    }
    String apiKey = ctx.getHeaderString(EnvNames.API_KEY_HEADER);
    LOG.tracef("api key header %s present=%s length=%d", EnvNames.API_KEY_HEADER, apiKey != null, apiKey == null ? 0 : apiKey.length());
  }
}
