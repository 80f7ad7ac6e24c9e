package com.northwind.flagadmin.service;

import com.northwind.flagadmin.config.CacheConfig;
import com.northwind.flagadmin.domain.FlagOverride;
import com.northwind.flagadmin.repository.FlagOverrideRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;

@Slf4j
@Service
@RequiredArgsConstructor
public class OverrideService {

    private final FlagOverrideRepository repository;
    private final PostHogAdminClient adminClient;

    @CacheEvict(cacheNames = CacheConfig.FLAG_DECISIONS, allEntries = true)
    public FlagOverride create(FlagOverride override) {
        override.setCreatedAt(Instant.now());
        FlagOverride saved = repository.save(override);
        log.info("Saved override {}", saved);
        adminClient.captureAuditEvent(saved.getRequestedBy(), "flag_override_created",
                Map.of("flag_key", saved.getFlagKey(), "scope", saved.getScope().name()));
        return saved;
    }

    public List<FlagOverride> forFlag(String flagKey) {
        return repository.findByFlagKey(flagKey);
    }

    @CacheEvict(cacheNames = CacheConfig.FLAG_DECISIONS, allEntries = true)
    public void delete(String id) {
        repository.deleteById(id);
    }

    /**
     * Splits a targeting rule such as {@code (country = DE) and (plan = pro)} into tokens for validation.
     */
    public List<String> parseTargetingRule(String rule) {
        StringTokenizer tokenizer = new StringTokenizer(rule, " ()=", true);
        List<String> tokens = new ArrayList<>();
        while (tokenizer.hasMoreTokens()) {
            String token = tokenizer.nextToken().trim();
            if (token.isEmpty()) {
                continue;
            }
            log.trace("Targeting rule token '{}'", token);
            tokens.add(token);
        }
        return tokens;
    }
}
