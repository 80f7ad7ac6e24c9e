package com.northwind.flags.eventbus;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.eventbus.DeliveryContext;
import io.vertx.core.eventbus.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inbound interceptor that traces every event bus delivery with the caller that triggered it.
 */
public class AuditInterceptor implements Handler<DeliveryContext<Object>> {

  private static final Logger LOG = LoggerFactory.getLogger("audit.eventbus");

  @Override
  public void handle(DeliveryContext<Object> dc) {
    Message<Object> message = dc.message();
    MultiMap headers = message.headers();
    String requestId = headers.get(Addresses.HEADER_REQUEST_ID);
    String authorization = headers.get(Addresses.HEADER_AUTHORIZATION);
    LOG.trace("delivery headers present: {}", headers.names());
    LOG.debug("{} {} request={} authorization={}", dc.send() ? "send" : "publish", message.address(), requestId, authorization);
    dc.next();
  }
}
