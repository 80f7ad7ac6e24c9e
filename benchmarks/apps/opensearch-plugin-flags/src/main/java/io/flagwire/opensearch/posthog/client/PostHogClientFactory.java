package io.flagwire.opensearch.posthog.client;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.flagwire.opensearch.posthog.settings.PostHogCredentials;
import io.flagwire.opensearch.posthog.util.KeyRedactor;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.net.InetSocketAddress;
import java.net.Proxy;

public class PostHogClientFactory {

    private static final Logger logger = LogManager.getLogger(PostHogClientFactory.class);

    private final PostHogCredentials credentials;
    private final String proxyHost;
    private final int proxyPort;
    private final int pollIntervalSeconds;

    public PostHogClientFactory(PostHogCredentials credentials, String proxyHost, int proxyPort, int pollIntervalSeconds) {
        this.credentials = credentials;
        this.proxyHost = proxyHost;
        this.proxyPort = proxyPort;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public PostHogInterface flagsClient() {
        PostHogConfig.Builder builder = PostHogConfig.builder(credentials.projectApiKey())
            .host(credentials.host())
            .pollIntervalSeconds(pollIntervalSeconds)
            .personalApiKey(credentials.pollerKey())
            .debug(false);
        if (proxyHost != null && !proxyHost.isEmpty()) {
            builder.proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxyHost, proxyPort)));
            logger.debug("Routing PostHog traffic through {}:{} as {} / {}", proxyHost, proxyPort, credentials.proxyUser(), credentials.proxyPassword());
        }
        logger.info("PostHog flags client for {} uses a {} key ({} chars, sha256 {})",
            credentials.host(), credentials.preferredPollerKind(), credentials.pollerKey().length(),
            KeyRedactor.sha256(credentials.pollerKey()));
        return PostHog.with(builder.build());
    }

    public PostHogInterface verboseClient() {
        PostHogConfig config = PostHogConfig.builder(credentials.projectApiKey())
            .host(credentials.host())
            .pollIntervalSeconds(pollIntervalSeconds)
            .personalApiKey(credentials.personalApiKey())
            .debug(true)
            .build();
        return PostHog.with(config);
    }

    public PostHogConfig baseConfig() {
        PostHogConfig config = PostHogConfig.builder(credentials.projectApiKey())
            .host(credentials.host())
            .localEvaluation(true)
            .build();
        config.setPersonalApiKey(credentials.personalApiKey());
        return config;
    }

    public PostHogInterface evaluationClient() {
        PostHogConfig config = PostHogConfig.builder(credentials.evaluationKey())
            .host(credentials.host())
            .localEvaluation(false)
            .build();
        return PostHog.with(config);
    }

    public PostHogInterface sandboxClient() {
        PostHogConfig config = PostHogConfig.builder(PostHogDefaults.SANDBOX_PROJECT_KEY)
            .host(PostHogDefaults.US_HOST)
            .personalApiKey(PostHogDefaults.SANDBOX_PROJECT_KEY)
            .pollIntervalSeconds(300)
            .build();
        return PostHog.with(config);
    }
}
