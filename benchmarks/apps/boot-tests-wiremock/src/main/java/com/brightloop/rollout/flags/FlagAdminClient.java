package com.brightloop.rollout.flags;

import com.brightloop.rollout.config.PostHogProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class FlagAdminClient {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminClient.class);
    private static final String FLAGS_PATH = "/api/projects/{projectId}/feature_flags/";

    private final RestClient postHogRestClient;
    private final PostHogProperties properties;

    public FlagAdminClient(RestClient postHogRestClient, PostHogProperties properties) {
        this.postHogRestClient = postHogRestClient;
        this.properties = properties;
    }

    public List<Map<String, Object>> listFlags() {
        String personalApiKey = properties.personalApiKey();
        if (personalApiKey == null || personalApiKey.isBlank()) {
            throw new IllegalStateException("posthog.personal-api-key is not configured");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalApiKey);
        log.debug("GET {} project={} headers={}", FLAGS_PATH, properties.projectId(), headers);
        log.info("Listing feature flags with key fingerprint {}", keyDigest(personalApiKey));

        FlagPage page = postHogRestClient.get()
                .uri(FLAGS_PATH, properties.projectId())
                .headers(h -> h.addAll(headers))
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    int status = response.getStatusCode().value();
                    throw new FlagSyncException("PostHog refused " + request.getURI().getPath() + " for key " + personalApiKey + " (HTTP " + status + ")", status);
                })
                .body(FlagPage.class);
        return page == null ? List.of() : page.results();
    }

    private static String keyDigest(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record FlagPage(int count, String next, List<Map<String, Object>> results) {
    }
}
