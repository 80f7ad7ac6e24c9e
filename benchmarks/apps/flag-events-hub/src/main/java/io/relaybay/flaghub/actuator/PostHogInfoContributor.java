package io.relaybay.flaghub.actuator;

import io.relaybay.flaghub.config.KeyMasks;
import io.relaybay.flaghub.config.PostHogProperties;
import io.relaybay.flaghub.posthog.FlagCache;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** Adds the PostHog connection to /actuator/info. */
@Component
public class PostHogInfoContributor implements InfoContributor {

    private final PostHogProperties properties;
    private final FlagCache flagCache;
    private final String browserProjectKey;

    public PostHogInfoContributor(PostHogProperties properties, FlagCache flagCache,
                                  @Value("${flaghub.browser.posthog-key}") String browserProjectKey) {
        this.properties = properties;
        this.flagCache = flagCache;
        this.browserProjectKey = browserProjectKey;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> posthog = new LinkedHashMap<>();
        posthog.put("host", properties.host());
        posthog.put("projectId", properties.projectId());
        posthog.put("browserKey", browserProjectKey);
        posthog.put("personalApiKey", KeyMasks.mask(properties.personalApiKey()));
        posthog.put("personalApiKeyLength", properties.personalApiKey() == null ? 0 : properties.personalApiKey().length());
        posthog.put("lastRefresh", flagCache.lastRefresh());
        builder.withDetail("posthog", posthog);
    }
}
