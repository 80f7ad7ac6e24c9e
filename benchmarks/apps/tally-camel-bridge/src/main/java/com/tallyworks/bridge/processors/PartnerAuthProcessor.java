package com.tallyworks.bridge.processors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Partners authenticate with {@code Authorization: Bearer <shared secret>} and {@code X-Partner-Id}.
 */
public class PartnerAuthProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerAuthProcessor.class);

    private final Map<String, String> partnerSecrets;

    public PartnerAuthProcessor(Map<String, String> partnerSecrets) {
        this.partnerSecrets = partnerSecrets;
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getIn();
        String authorization = in.getHeader("Authorization", String.class);
        String partnerId = in.getHeader("X-Partner-Id", String.class);
        LOG.debug("Partner {} sent credentials: {} ({} chars)", partnerId, authorization != null,
                authorization == null ? 0 : authorization.length());

        String expected = partnerId == null ? null : partnerSecrets.get(partnerId);
        boolean valid = authorization != null && expected != null
                && MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8),
                        ("Bearer " + expected).getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            LOG.warn("Rejected partner {} presenting {}", partnerId, authorization);
            exchange.setProperty("partnerRejected", Boolean.TRUE);
            throw new PartnerAuthException("Unknown partner or bad credential for partner " + partnerId);
        }
        in.setHeader("partnerId", partnerId);
    }

    public static class PartnerAuthException extends RuntimeException {

        public PartnerAuthException(String message) {
            super(message);
        }
    }
}
