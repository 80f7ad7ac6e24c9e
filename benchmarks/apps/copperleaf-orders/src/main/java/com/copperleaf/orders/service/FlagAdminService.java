package com.copperleaf.orders.service;

import com.copperleaf.orders.client.PostHogApiClient;
import com.copperleaf.orders.config.PostHogProperties;
import feign.FeignException;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

@Slf4j
@Service
@RequiredArgsConstructor
public class FlagAdminService {

    private final PostHogApiClient postHogApi;
    private final PostHogProperties props;

    public List<String> flagKeys() {
        PostHogApiClient.FlagPage page = postHogApi.listFlags(props.getProjectId(), 200);
        log.debug("PostHog returned {} flags", page.count());
        return page.results().stream().map(f -> String.valueOf(f.get("key"))).toList();
    }

    public void setActive(String flagId, boolean active) {
        try {
            postHogApi.patchFlag(props.getProjectId(), flagId, Map.of("active", active));
        } catch (FeignException.Unauthorized | FeignException.Forbidden e) {
            throw new FlagSyncException(String.format("PostHog API returned %d for project %s using key %s",
                    e.status(), props.getProjectId(), props.getPersonalApiKey()));
        }
    }
}
