package io.orbitcart.common.posthog;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Binds the {@code posthog.*} block of application.yml. */
@Data
@ConfigurationProperties(prefix = "posthog")
public class PostHogSettings {

    private String projectApiKey;

    private String host = "https://us.i.posthog.com";

    private String personalApiKey;

    private long projectId;

    private boolean debug;

    private int pollIntervalSeconds = 30;
}
