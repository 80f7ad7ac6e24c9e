package com.northwind.flaggateway.posthog;

import com.northwind.flaggateway.config.GatewayConstants;
import com.northwind.flaggateway.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

@Configuration
public class PostHogClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

    @Bean(destroyMethod = "close")
    public PostHogInterface postHog(PostHogProperties props) {
        if (!StringUtils.hasText(props.getPersonalApiKey())) {
            log.warn("{} is not set; flags will be evaluated remotely", PostHogProperties.PERSONAL_KEY_PROPERTY);
        } else {
            log.info("Local evaluation on, personal key fingerprint {}", hashKey(props.getPersonalApiKey()));
        }

        PostHogConfig config = PostHogConfig.builder(props.getApiKey())
                .host(props.getHost())
                .personalApiKey(props.getPersonalApiKey())
                .pollIntervalSeconds((int) props.getSyncInterval().toSeconds())
                .debug(GatewayConstants.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }

    @Bean
    public RestClient.Builder postHogRestClientBuilder(PostHogProperties props) {
        return RestClient.builder().baseUrl(props.getAppHost());
    }

    /** First 12 hex digits of the key's SHA-256, enough to tell two keys apart in the logs. */
    static String hashKey(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
