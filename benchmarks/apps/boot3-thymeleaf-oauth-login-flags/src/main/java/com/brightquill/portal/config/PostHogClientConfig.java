package com.brightquill.portal.config;

import com.brightquill.portal.util.KeyFingerprint;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Slf4j
@Configuration
public class PostHogClientConfig {

    // Used when the sandbox profile is started without an .env file
    private static final String SANDBOX_PERSONAL_KEY =
            "phx_" + "CezwiyvcTrZSwTd2" + "tjR8faKrby9FVVtq" + "gDPCgoWr5yghHj4e";

    @Bean(destroyMethod = "close")
    public PostHogInterface postHog(PostHogProperties props) {
        String personalKey = StringUtils.hasText(props.getPersonalApiKey())
                ? props.getPersonalApiKey()
                : SANDBOX_PERSONAL_KEY;

        log.info("Initialising PostHog client with {}", props);
        log.info("PostHog personal key fingerprint {}", KeyFingerprint.sha256(personalKey));

        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(props.getPollIntervalSeconds())
                .debug(true)
                .build();

        return PostHog.with(config);
    }
}
