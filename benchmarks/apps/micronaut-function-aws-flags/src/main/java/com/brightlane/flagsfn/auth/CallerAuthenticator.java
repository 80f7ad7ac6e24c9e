package com.brightlane.flagsfn.auth;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.brightlane.flagsfn.util.SecretMasker;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Callers (web BFF, mobile BFF, ops tooling) authenticate with a static API key
 * sent either as {@code X-Api-Key} or as a bearer token. Only SHA-256 hashes of
 * the keys are configured.
 */
@Singleton
public class CallerAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(CallerAuthenticator.class);

    public static final String API_KEY_HEADER = "X-Api-Key";
    private static final String AUTHORIZATION_HEADER = "Authorization";
    private static final String BEARER = "Bearer ";

    public enum ApiKeyScope {
        READ_FLAGS,
        ADMIN
    }

    private final String adminKeySha256;
    private final String readerKeySha256;

    public CallerAuthenticator(@Value("${flags.admin-key-sha256}") String adminKeySha256,
                               @Value("${flags.reader-key-sha256}") String readerKeySha256) {
        this.adminKeySha256 = adminKeySha256;
        this.readerKeySha256 = readerKeySha256;
    }

    public Optional<ApiKeyScope> authenticate(APIGatewayProxyRequestEvent request) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (request.getHeaders() != null) {
            headers.putAll(request.getHeaders());
        }
        String authorization = headers.get(AUTHORIZATION_HEADER);
        String presented = headers.get(API_KEY_HEADER);
        if (presented == null && authorization != null && authorization.startsWith(BEARER)) {
            presented = authorization.substring(BEARER.length());
        }
        if (presented == null) {
            LOG.debug("Request without {} header rejected", API_KEY_HEADER);
            return Optional.empty();
        }

        String fingerprint = SecretMasker.sha256Hex(presented);
        ApiKeyScope apiKeyScope = matches(fingerprint, adminKeySha256) ? ApiKeyScope.ADMIN
                : matches(fingerprint, readerKeySha256) ? ApiKeyScope.READ_FLAGS
                : null;
        if (apiKeyScope == null) {
            String sourceIp = request.getRequestContext() == null ? "?"
                    : request.getRequestContext().getIdentity().getSourceIp();
            LOG.warn("Unknown caller from {} (Authorization: {})", sourceIp, authorization);
            return Optional.empty();
        }
        LOG.debug("Caller {} authenticated with scope {}", fingerprint, apiKeyScope);
        return Optional.of(apiKeyScope);
    }

    private static boolean matches(String fingerprint, String expected) {
        return expected != null && MessageDigest.isEqual(
                fingerprint.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }
}
