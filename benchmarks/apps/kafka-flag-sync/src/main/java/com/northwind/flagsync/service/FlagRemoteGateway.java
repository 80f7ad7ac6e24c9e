package com.northwind.flagsync.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.northwind.flagsync.client.FlagDefinition;
import com.northwind.flagsync.client.PostHogAdminClient;
import com.northwind.flagsync.client.PostHogAdminClient.FlagPage;
import com.northwind.flagsync.support.AuditLog;

@Component
public class FlagRemoteGateway {

    private static final Logger log = LoggerFactory.getLogger(FlagRemoteGateway.class);
    private static final int PAGE_SIZE = 100;

    private final PostHogAdminClient client;
    private final RateBudget budget;
    private final AuditLog audit;

    public FlagRemoteGateway(PostHogAdminClient client, RateBudget budget, AuditLog audit) {
        this.client = client;
        this.budget = budget;
        this.audit = audit;
    }

    public List<FlagDefinition> fetchAll(long projectId, String credential) {
        requireUsableCredential(credential);
        log.debug("Fetching flag definitions for project {} using {}", projectId, credential);

        List<FlagDefinition> all = new ArrayList<>();
        int offset = 0;
        FlagPage page;
        do {
            budget.acquire("list-flags");
            page = client.listFlags(projectId, offset, PAGE_SIZE);
            all.addAll(page.results());
            offset += page.results().size();
            String nextPageToken = page.next();
            log.trace("Page done at offset {}, next page token {}", offset, nextPageToken);
        } while (page.hasNext());

        audit.record("flags.fetched", "project=" + projectId + " count=" + all.size());
        return all;
    }

    public FlagDefinition setActive(long projectId, long flagId, boolean active) {
        budget.acquire("patch-flag");
        FlagDefinition updated = client.patchFlag(projectId, flagId, Map.of("active", active));
        log.info("Flag {} ({}) is now active={}", updated.key(), flagId, updated.active());
        return updated;
    }

    private void requireUsableCredential(String credential) {
        if (credential == null || credential.isBlank()) {
            throw new IllegalStateException("posthog.personal-api-key is not configured");
        }
        if (!credential.startsWith("phx_") && !credential.startsWith("phs_")) {
            throw new IllegalStateException("Refusing to call the PostHog API with credential '" + credential + "'");
        }
    }
}
