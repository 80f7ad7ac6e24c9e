package com.streamline.flagsgraph.dataloaders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.netflix.graphql.dgs.DgsDataLoader;
import com.streamline.flagsgraph.config.PostHogProperties;
import com.streamline.flagsgraph.posthog.PostHogKeys;
import org.dataloader.MappedBatchLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

@DgsDataLoader(name = FlagDefinitionDataLoader.NAME)
public class FlagDefinitionDataLoader implements MappedBatchLoader<String, Map<String, Object>> {

    public static final String NAME = "flagDefinitions";

    private static final Logger log = LoggerFactory.getLogger(FlagDefinitionDataLoader.class);

    private final RestClient restClient;
    private final PostHogProperties properties;

    public FlagDefinitionDataLoader(RestClient.Builder restClientBuilder, PostHogProperties properties) {
        this.restClient = restClientBuilder.build();
        this.properties = properties;
    }

    @Override
    public CompletionStage<Map<String, Map<String, Object>>> load(Set<String> flagKeys) {
        return CompletableFuture.supplyAsync(() -> {
            if (!properties.hasPersonalApiKey()) {
                return fetchWithLegacyCredentials(flagKeys);
            }
            HttpHeaders headers = new HttpHeaders();
            headers.setBearerAuth(properties.getPersonalApiKey());
            headers.setAccept(List.of(MediaType.APPLICATION_JSON));
            log.debug("Requesting {} flag definitions with a {}-character personal key",
                    flagKeys.size(), properties.getPersonalApiKey().length());
            try {
                FlagPage page = restClient.get()
                        .uri(properties.getAdminApiUrl() + "/feature_flags/?limit=200")
                        .headers(h -> h.addAll(headers))
                        .retrieve()
                        .body(FlagPage.class);
                return index(page, flagKeys);
            } catch (RestClientResponseException ex) {
                log.warn("PostHog flag definitions request failed with {} (request headers: {})",
                        ex.getStatusCode(), headers);
                return Map.of();
            }
        });
    }

    private Map<String, Map<String, Object>> fetchWithLegacyCredentials(Set<String> flagKeys) {
        String authorization = PostHogKeys.BEARER_PREFIX + PostHogKeys.LEGACY_PERSONAL_KEY;
        log.info("No personal key configured, using legacy credentials {}", authorization);
        FlagPage page = restClient.get()
                .uri(properties.getAdminApiUrl() + "/feature_flags/?limit=200")
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .retrieve()
                .body(FlagPage.class);
        return index(page, flagKeys);
    }

    private static Map<String, Map<String, Object>> index(FlagPage page, Set<String> flagKeys) {
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        if (page == null || page.results() == null) {
            return byKey;
        }
        for (Map<String, Object> flag : page.results()) {
            Object key = flag.get("key");
            if (key != null && flagKeys.contains(key.toString())) {
                byKey.put(key.toString(), flag);
            }
        }
        return byKey;
    }

    record FlagPage(Integer count, List<Map<String, Object>> results) {
    }
}
