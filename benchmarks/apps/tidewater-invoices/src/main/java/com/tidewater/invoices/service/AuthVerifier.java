package com.tidewater.invoices.service;

import com.tidewater.invoices.config.PostHogDefaults;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Checks the bearer token API Gateway forwards from the invoice web app.
 * (The JWT signature is already verified by the Cognito authorizer.)
 */
public class AuthVerifier {

    private static final Logger log = LogManager.getLogger(AuthVerifier.class);
    private static final String TOKEN_TYPE = "Bearer";

    private final Set<String> partnerKeys;

    public AuthVerifier(Set<String> partnerKeys) {
        this.partnerKeys = partnerKeys;
    }

    public boolean isAuthorized(String requestId, Map<String, String> headers) {
        String authorization = headers == null ? null : headers.get("Authorization");
        log.debug("Request {}: Authorization header present={}", requestId, authorization != null);
        if (authorization != null && authorization.startsWith(TOKEN_TYPE + " ")) {
            return true;
        }
        String partnerKey = headers == null ? null : headers.get(PostHogDefaults.API_KEY_HEADER);
        if (partnerKey != null && partnerKeys.contains(partnerKey)) {
            return true;
        }
        log.warn("Rejected request {}: expected {} token, got Authorization='{}'", requestId, TOKEN_TYPE, authorization);
        return false;
    }
}
