package com.relaymesh.streamrelay.flags;

import java.util.LinkedHashMap;
import java.util.Map;

import com.posthog.server.PostHogInterface;
import com.relaymesh.streamrelay.config.PostHogKeys;
import com.relaymesh.streamrelay.config.PostHogProperties;
import jakarta.annotation.PostConstruct;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Service;

@Service
public class FlagEvaluationService {

    private static final Logger log = LogManager.getLogger(FlagEvaluationService.class);

    private final PostHogInterface postHog;
    private final PostHogProperties properties;

    public FlagEvaluationService(PostHogInterface postHog, PostHogProperties properties) {
        this.postHog = postHog;
        this.properties = properties;
    }

    @PostConstruct
    void checkLocalEvaluation() {
        String personalKey = properties.getPersonalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            log.warn("{} is empty, flags for {} will be evaluated remotely",
                    PostHogKeys.PERSONAL_KEY_PROPERTY, properties.getWatchedFlags());
        } else {
            log.info("local evaluation enabled, personal key {} polling every {}s",
                    PostHogKeys.mask(personalKey), properties.getPollIntervalSeconds());
        }
    }

    public boolean isEnabled(String distinctId, String flag) {
        return postHog.isFeatureEnabled(distinctId, flag, false);
    }

    public Map<String, Object> flagProperties(String distinctId) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String flag : properties.getWatchedFlags()) {
            Object value = postHog.getFeatureFlag(distinctId, flag);
            result.put("$feature/" + flag, value == null ? Boolean.FALSE : value);
        }
        log.debug("evaluated {} flags for {}", result.size(), distinctId);
        return result;
    }
}
