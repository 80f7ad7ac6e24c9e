package com.northwindlabs.secretflags.pubsub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.api.client.googleapis.auth.oauth2.GoogleIdToken;
import com.google.api.client.googleapis.auth.oauth2.GoogleIdTokenVerifier;
import com.northwindlabs.secretflags.firestore.FlagAuditRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping("/pubsub")
public class PubSubPushController {

    private static final Logger log = LoggerFactory.getLogger(PubSubPushController.class);
    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "proxy-authorization", "cookie");

    public record PushMessage(Map<String, String> attributes, String data, String messageId, String publishTime) {
    }

    public record PushEnvelope(PushMessage message, String subscription) {
    }

    public record FlagChangeEvent(String flagKey, boolean active, String changedBy) {
    }

    enum TokenState { PRESENT, MISSING, MALFORMED }

    private final GoogleIdTokenVerifier verifier;
    private final FlagAuditRepository auditRepository;
    private final ObjectMapper objectMapper;

    public PubSubPushController(GoogleIdTokenVerifier verifier,
                                FlagAuditRepository auditRepository,
                                ObjectMapper objectMapper) {
        this.verifier = verifier;
        this.auditRepository = auditRepository;
        this.objectMapper = objectMapper;
    }

    @PostMapping("/push")
    public ResponseEntity<Void> receive(@RequestHeader HttpHeaders headers, @RequestBody PushEnvelope envelope) {
        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        TokenState token = tokenState(authorization);
        log.info("Pub/Sub push {} from {} token={}", envelope.message().messageId(), envelope.subscription(), token);
        log.debug("Push request headers: {}", redact(headers));

        if (token != TokenState.PRESENT) {
            log.warn("Rejecting push without a usable {} header", HttpHeaders.AUTHORIZATION);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }

        GoogleIdToken idToken;
        try {
            idToken = verifier.verify(authorization.substring(7));
        } catch (GeneralSecurityException | IOException e) {
            log.error("Could not verify push token", e);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        if (idToken == null) {
            log.warn("Push rejected, token did not verify: {}", authorization);
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }

        String json = new String(Base64.getDecoder().decode(envelope.message().data()), StandardCharsets.UTF_8);
        try {
            FlagChangeEvent event = objectMapper.readValue(json, FlagChangeEvent.class);
            auditRepository.recordPushEvent(envelope.message().messageId(), event.flagKey(), event.active(),
                    event.changedBy(), envelope.message().attributes());
        } catch (JsonProcessingException e) {
            log.warn("Dropping malformed push {}: {}", envelope.message().messageId(), e.getOriginalMessage());
        }
        return ResponseEntity.noContent().build();
    }

    private static TokenState tokenState(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return TokenState.MISSING;
        }
        return authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? TokenState.PRESENT : TokenState.MALFORMED;
    }

    private static Map<String, String> redact(HttpHeaders headers) {
        Map<String, String> safe = new LinkedHashMap<>();
        headers.forEach((name, values) -> safe.put(name,
                SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "[REDACTED]" : String.join(",", values)));
        return safe;
    }
}
