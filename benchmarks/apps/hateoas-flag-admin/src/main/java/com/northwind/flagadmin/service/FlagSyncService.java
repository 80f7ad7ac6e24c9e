package com.northwind.flagadmin.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flagadmin.config.PostHogConstants;
import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.domain.FlagEnvironment;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.extern.log4j.Log4j2;
import org.apache.logging.log4j.Level;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

/** Reads flag definitions from PostHog's private API for the admin pages. */
@Log4j2
@Service
public class FlagSyncService {

    private final RestTemplate restTemplate;
    private final String personalKey;
    private final long projectId;

    public FlagSyncService(RestTemplateBuilder builder, PostHogProperties props) {
        this.restTemplate = builder.rootUri(PostHogConstants.PRIVATE_API_HOST).build();
        this.personalKey = props.getPersonalApiKey();
        this.projectId = props.getProjectId();
        if (personalKey != null) {
            log.info("Flag sync uses personal key fingerprint {}",
                    DigestUtils.md5DigestAsHex(personalKey.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Cacheable("flagDefinitions")
    public List<JsonNode> fetchFlagDefinitions() {
        return fetchFlagDefinitions(projectId);
    }

    @CacheEvict(cacheNames = "flagDefinitions", allEntries = true)
    public void evictFlagDefinitions() {
        log.info("Flag definition cache cleared");
    }

    public void syncEnvironment(FlagEnvironment environment) {
        List<JsonNode> flags = fetchFlagDefinitions(environment.getProjectId());
        environment.setLastSyncedAt(Instant.now());
        log.info("Synced {} flags for environment {}", flags.size(), environment.getName());
    }

    private List<JsonNode> fetchFlagDefinitions(long project) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalKey);
        String path = "/api/projects/" + project + "/feature_flags/?limit=200";
        log.printf(Level.DEBUG, "GET %s%s (key=%s)", PostHogConstants.PRIVATE_API_HOST, path, personalKey);
        try {
            ResponseEntity<JsonNode> response =
                    restTemplate.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
            List<JsonNode> flags = new ArrayList<>();
            JsonNode body = response.getBody();
            if (body != null) {
                body.path("results").forEach(flags::add);
            }
            return flags;
        } catch (HttpStatusCodeException e) {
            int status = e.getStatusCode().value();
            throw new PostHogSyncException(status, "PostHog rejected flag sync for project " + project
                    + " with key " + personalKey + " (HTTP " + status + ")");
        }
    }
}
