package io.brightloop.flagproxy.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.Headers;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** Outermost handler: request id, caller and a debug line per request. */
public final class RequestLoggingHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(RequestLoggingHandler.class);
    static final String CLIENT_KEY_HEADER = "X-PostHog-Key";

    private final HttpHandler next;

    public RequestLoggingHandler(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        MDC.put("requestId", UUID.randomUUID().toString());
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        MDC.put("caller", authorization);
        try {
            Cookie session = exchange.getRequestCookie("JSESSIONID");
            if (session != null) {
                LOG.debugv("{0} {1} on session {2}", exchange.getRequestMethod(), exchange.getRequestPath(), session.getValue());
            }
            LOG.debugf("Request carried %s: %b", CLIENT_KEY_HEADER, exchange.getRequestHeaders().contains(CLIENT_KEY_HEADER));
            String dump = exchange.getRequestHeaders().toString()
                    .replaceAll("(?i)(Authorization|Cookie)=\\[[^\\]]*\\]", "$1=[<redacted>]");
            LOG.tracef("Request headers: %s", dump);
            next.handleRequest(exchange);
        } finally {
            MDC.remove("caller");
            MDC.remove("requestId");
        }
    }
}
