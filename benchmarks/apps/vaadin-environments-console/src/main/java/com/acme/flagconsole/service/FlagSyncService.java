package com.acme.flagconsole.service;

import com.acme.flagconsole.domain.FlagEnvironment;
import com.acme.flagconsole.domain.FlagEnvironmentRepository;
import com.acme.flagconsole.posthog.PostHogAdminClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

@Service
public class FlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncService.class);

    private final FlagEnvironmentRepository environments;
    private final PostHogAdminClient adminClient;
    private final AtomicLong syncCounter = new AtomicLong();
    private final Map<String, JsonNode> flagsByEnvironment = new ConcurrentHashMap<>();

    public FlagSyncService(FlagEnvironmentRepository environments, PostHogAdminClient adminClient) {
        this.environments = environments;
        this.adminClient = adminClient;
    }

    @Scheduled(fixedDelayString = "${flagconsole.sync-interval:PT5M}", initialDelayString = "PT20S")
    public void syncAll() {
        long token = syncCounter.incrementAndGet();
        log.info("Flag sync started, token={}", token);
        for (FlagEnvironment env : environments.findAllByOrderByNameAsc()) {
            sync(env);
        }
        log.info("Flag sync {} finished, {} environments cached", token, flagsByEnvironment.size());
    }

    public JsonNode sync(FlagEnvironment env) {
        try {
            JsonNode flags = adminClient.listFlags(env.getPosthogProjectId());
            if (flags != null) {
                flagsByEnvironment.put(env.getName(), flags);
            }
            return flags;
        } catch (PostHogAdminClient.AdminApiException e) {
            log.error("Flag sync failed for environment {}", env.getName(), e);
            return flagsByEnvironment.get(env.getName());
        }
    }

    public JsonNode cachedFlags(String environmentName) {
        return flagsByEnvironment.get(environmentName);
    }
}
