package com.acme.flagadmin.service;

import com.acme.flagadmin.client.PostHogAdminClient;
import com.acme.flagadmin.client.PostHogCredentials;
import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.dto.FeatureFlagDto;
import com.acme.flagadmin.dto.IntegrationSettingsDto;
import com.acme.flagadmin.mapper.PostHogMapper;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PostConstruct;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;
import org.springframework.util.StringUtils;

@Slf4j
@Service
@RequiredArgsConstructor
public class FlagAdminService {

    private final PostHogAdminClient adminClient;
    private final PostHogCredentials credentials;
    private final PostHogProperties properties;
    private final PostHogMapper mapper;
    private final PostHogInterface postHog;

    @PostConstruct
    void logStartup() {
        log.info("Flag admin service ready, credentials={}", credentials);
        log.info("Personal API key in use: {}", credentials.maskedKey());
        String secureKey = properties.getFeatureFlagsSecureKey();
        if (StringUtils.hasText(secureKey)) {
            log.info("Feature flags secure key configured ({} chars)", secureKey.length());
            log.debug("Feature flags secure key fingerprint {}",
                    DigestUtils.md5DigestAsHex(secureKey.getBytes(StandardCharsets.UTF_8)));
        }
    }

    public List<FeatureFlagDto> listFlags() {
        return mapper.toDtos(adminClient.listFlags().stream()
                .filter(flag -> !flag.isDeleted())
                .toList());
    }

    public FeatureFlagDto setActive(long flagId, boolean active) {
        FeatureFlagDto updated = mapper.toDto(adminClient.setActive(flagId, active));
        postHog.reloadFeatureFlags();
        return updated;
    }

    public boolean isEnabledFor(String flagKey, String distinctId) {
        return postHog.isFeatureEnabled(distinctId, flagKey, false);
    }

    public boolean verifyPersonalKey(String personalApiKey) {
        return adminClient.validateKey(personalApiKey);
    }

    public IntegrationSettingsDto loadIntegrationSettings() {
        return mapper.toIntegrationSettings(properties);
    }
}
