package com.tallyworks.bridge.processors;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Calls coming from the partner portal carry its session; the audit trail links them.
 */
public class SessionAuditProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger("tally.audit");
    public static final String CSRF_TOKEN_HEADER = "X-CSRF-TOKEN";

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getIn();
        Long sessionId = in.getHeader("X-Portal-Session-Row", Long.class);
        String portalCookie = in.getHeader("Cookie", String.class);
        MDC.put("partner", in.getHeader("partnerId", String.class));
        LOG.info("Audit: exchange {} portal session row {}", exchange.getExchangeId(), sessionId);
        if (portalCookie != null) {
            LOG.info("Audit: portal cookie {}", portalCookie);
        }
        if (in.getHeader(CSRF_TOKEN_HEADER) == null) {
            LOG.debug("No {} header; request did not come through the portal", CSRF_TOKEN_HEADER);
        }
    }
}
