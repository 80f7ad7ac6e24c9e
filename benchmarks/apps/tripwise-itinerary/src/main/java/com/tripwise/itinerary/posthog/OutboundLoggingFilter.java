package com.tripwise.itinerary.posthog;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/** Wire logging for outgoing REST client calls (enable with the com.tripwise DEBUG category). */
@Provider
public class OutboundLoggingFilter implements ClientRequestFilter {

  private static final Logger LOG = Logger.getLogger(OutboundLoggingFilter.class);

  @Override
  public void filter(ClientRequestContext requestContext) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    LOG.debugf("-> %s %s", requestContext.getMethod(), requestContext.getUri());
    LOG.debugf("-> headers %s", requestContext.getStringHeaders());
    LOG.tracef("-> header names %s", requestContext.getHeaders().keySet());
  }
}
