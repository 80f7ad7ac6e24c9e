package com.northwind.flags.processor;

import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.support.KeyMasker;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Guards the REST DSL endpoints: callers present the gateway token either as a bearer
 * token or in the X-Api-Key header.
 */
@Component("inboundAuthProcessor")
public class InboundAuthProcessor implements Processor {

    private static final Logger log = LoggerFactory.getLogger(InboundAuthProcessor.class);

    private final byte[] expectedTokenSha256;

    public InboundAuthProcessor(@Value("${flags.gateway.token-sha256}") String expectedTokenSha256) {
        this.expectedTokenSha256 = HexFormat.of().parseHex(expectedTokenSha256);
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getIn();
        String authorization = in.getHeader(HttpHeaders.AUTHORIZATION, String.class);
        String apiKey = in.getHeader(PostHogKeys.API_KEY_HEADER, String.class);
        log.debug("Inbound {} {} authorization={}",
                in.getHeader(Exchange.HTTP_METHOD), in.getHeader(Exchange.HTTP_URI), authorization);

        String presented = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length())
                : apiKey;
        if (presented == null) {
            log.warn("Rejected request without {} or {} header", HttpHeaders.AUTHORIZATION, PostHogKeys.API_KEY_HEADER);
            reject(exchange);
            return;
        }
        if (!matches(presented)) {
            log.warn("Rejected gateway token with fingerprint {}", KeyMasker.fingerprint(presented));
            reject(exchange);
        }
    }

    private boolean matches(String presented) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(digest, expectedTokenSha256);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reject(Exchange exchange) {
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 401);
        exchange.getMessage().setBody("{\"error\":\"unauthorized\"}");
        exchange.setRouteStop(true);
    }
}
