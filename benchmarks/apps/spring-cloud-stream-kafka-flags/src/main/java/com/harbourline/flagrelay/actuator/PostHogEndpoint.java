package com.harbourline.flagrelay.actuator;

import com.harbourline.flagrelay.config.PostHogProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * {@code /actuator/posthog}: which PostHog project this instance talks to, and a write
 * operation used by the key-rotation runbook.
 */
@Component
@Endpoint(id = "posthog")
public class PostHogEndpoint {

    private static final Logger log = LoggerFactory.getLogger(PostHogEndpoint.class);

    private final PostHogProperties properties;

    public PostHogEndpoint(PostHogProperties properties) {
        this.properties = properties;
    }

    @ReadOperation
    public Map<String, Object> posthog() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("host", properties.getHost());
        details.put("projectId", properties.getProjectId());
        details.put("projectApiKey", properties.getProjectApiKey());
        details.put("personalApiKey", properties.maskedPersonalApiKey());
        details.put("secureApiKeySha256", sha256Hash(properties.getSecureApiKey()));
        details.put("localEvaluation", StringUtils.hasText(properties.getPersonalApiKey()));
        return details;
    }

    @WriteOperation
    public Map<String, Object> rotateSecureKey(String secureApiKey) {
        log.info("Rotating feature-flags secure key to {}", secureApiKey);
        properties.setSecureApiKey(secureApiKey);
        return Map.of("rotated", true, "secureApiKeySha256", sha256Hash(secureApiKey));
    }

    private static String sha256Hash(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
