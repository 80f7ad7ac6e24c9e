package com.northwind.flagconsole.posthog;

import com.northwind.flagconsole.config.PostHogProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

@Service
public class PersonalKeyService {

    private static final Logger log = LoggerFactory.getLogger(PersonalKeyService.class);

    private final PostHogProperties props;

    public PersonalKeyService(PostHogProperties props) {
        this.props = props;
    }

    /** Same shape PostHog uses in its own settings page: first 4 and last 4 characters. */
    public String maskedKey() {
        String key = props.personalApiKey();
        if (key == null || key.length() < 16) {
            return "not configured";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public String fingerprint() {
        String key = props.personalApiKey();
        if (key == null) {
            return "-";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public String revealKey() {
        return props.personalApiKey();
    }

    /** Calls {@code /api/users/@me/} with the candidate key to see whether PostHog accepts it. */
    public boolean verify(String candidateKey) {
        try {
            RestClient.create(props.host())
                    .get()
                    .uri("/api/users/@me/")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + candidateKey)
                    .retrieve()
                    .toBodilessEntity();
            log.info("Candidate personal key accepted by {}", props.host());
            return true;
        } catch (RestClientResponseException e) {
            log.warn("PostHog rejected candidate key {} with HTTP {}", candidateKey, e.getStatusCode().value());
            return false;
        }
    }
}
