package com.brightquill.portal.service;

import com.brightquill.portal.dto.FlagSummary;
import com.posthog.server.PostHogInterface;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

import java.util.List;

@Slf4j
@Service
@RequiredArgsConstructor
public class FeatureFlagService {

    static final List<String> PORTAL_FLAGS = List.of(
            "new-billing-page", "invoice-export-v2", "team-invites", "dark-mode");

    private final PostHogInterface postHog;

    public boolean isEnabled(String distinctId, String flagKey) {
        return postHog.isFeatureEnabled(distinctId, flagKey, false);
    }

    public List<FlagSummary> flagsFor(String distinctId) {
        List<FlagSummary> flags = PORTAL_FLAGS.stream()
                .map(key -> new FlagSummary(key, isEnabled(distinctId, key), null))
                .toList();
        log.debug("Evaluated {} flags for {}", flags.size(), distinctId);
        return flags;
    }
}
