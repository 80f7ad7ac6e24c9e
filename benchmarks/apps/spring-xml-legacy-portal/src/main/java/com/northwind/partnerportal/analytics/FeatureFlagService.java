package com.northwind.partnerportal.analytics;

import com.northwind.partnerportal.config.PostHogSettings;
import com.posthog.server.PostHogInterface;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.PostConstruct;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;

@Service
public class FeatureFlagService {

    private static final Log log = LogFactory.getLog(FeatureFlagService.class);

    private final PostHogInterface posthog;
    private final PostHogSettings settings;
    private final PostHogAdminClient adminClient;

    @Autowired
    public FeatureFlagService(PostHogInterface posthog, PostHogSettings settings, PostHogAdminClient adminClient) {
        this.posthog = posthog;
        this.settings = settings;
        this.adminClient = adminClient;
    }

    @PostConstruct
    public void logConfiguration() {
        log.info("PostHog settings loaded: " + settings);
        String personalKey = settings.getPersonalApiKey();
        if (personalKey != null && !personalKey.isEmpty()) {
            log.info("Local evaluation enabled, personal key length=" + personalKey.length());
            log.debug("Personal key fingerprint "
                    + DigestUtils.md5DigestAsHex(personalKey.getBytes(StandardCharsets.UTF_8)));
        }
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        try {
            return posthog.isFeatureEnabled(distinctId, flagKey, false);
        } catch (RuntimeException e) {
            log.warn("Flag " + flagKey + " could not be evaluated for " + distinctId, e);
            return false;
        }
    }

    public int refreshPartnerCohort(long cohortId) {
        try {
            List<String> members = adminClient.fetchCohortMembers(cohortId);
            log.info("Cohort " + cohortId + " has " + members.size() + " partners");
            return members.size();
        } catch (PostHogApiException e) {
            log.error("Cohort sync failed: " + e.getMessage(), e);
            return -1;
        }
    }
}
