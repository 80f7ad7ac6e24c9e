package com.acme.flagadmin.service;

import com.acme.flagadmin.client.PostHogAdminClient;
import com.acme.flagadmin.config.PostHogKeys;
import com.acme.flagadmin.config.PostHogSettings;
import com.acme.flagadmin.model.ApiCredentials;
import com.acme.flagadmin.util.KeyMasker;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Singleton
public class FlagSyncService {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncService.class);

    private final PostHogAdminClient client;
    private final PostHogSettings settings;
    private final Map<String, Map<String, Object>> cache = new ConcurrentHashMap<>();

    public FlagSyncService(PostHogAdminClient client, PostHogSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public ApiCredentials credentials() {
        ApiCredentials creds = new ApiCredentials(settings.getProjectId(), settings.getApiHost(),
                settings.getPersonalApiKey());
        LOG.info("Resolved PostHog credentials {}", creds);
        return creds;
    }

    public List<Map<String, Object>> refresh() {
        String key = settings.getPersonalApiKey();
        LOG.debug("Refreshing flags with personal key {}", KeyMasker.mask(key));
        LOG.debug("Personal key length: {}", key == null ? 0 : key.length());
        try {
            Map<String, Object> page = client.listFlags(settings.getProjectId(),
                    PostHogKeys.BEARER_PREFIX + key);
            List<Map<String, Object>> flags = client.results(page);
            flags.forEach(f -> cache.put(String.valueOf(f.get("key")), f));
            LOG.info("Synced {} flags for project {}", flags.size(), settings.getProjectId());
            return flags;
        } catch (HttpClientResponseException e) {
            String detail = "PostHog returned " + e.getStatus().getCode() + " for project " + settings.getProjectId();
            throw new FlagSyncException(detail + " using key " + key, e);
        }
    }

    public Map<String, Object> toggle(long flagId, boolean active) {
        return client.updateFlag(settings.getProjectId(), flagId,
                credentials().bearer(), Map.of("active", active));
    }

    public Map<String, Map<String, Object>> cached() {
        return Map.copyOf(cache);
    }

    public static class FlagSyncException extends RuntimeException {
        public FlagSyncException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
