package com.acme.flags.core.services.impl;

import java.util.Map;

import org.apache.commons.lang3.StringUtils;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.acme.flags.core.config.PostHogClientConfiguration;
import com.acme.flags.core.services.FlagDiagnostics;
import com.acme.flags.core.services.FlagEvaluationException;
import com.acme.flags.core.services.PostHogClientService;
import com.acme.flags.core.services.PostHogCredentials;
import com.acme.flags.core.util.KeyMasker;
import com.acme.flags.core.util.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

@Component(service = PostHogClientService.class, immediate = true)
@Designate(ocd = PostHogClientConfiguration.class)
public class PostHogClientServiceImpl implements PostHogClientService {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogClientServiceImpl.class);

    private volatile PostHogClientConfiguration config;
    private volatile PostHogCredentials credentials;
    private volatile PostHogInterface posthog;
    private volatile FlagAdminApiClient adminClient;

    @Activate
    @Modified
    protected void activate(PostHogClientConfiguration config) {
        shutdown();
        this.config = config;

        String personalApiKey = config.personalApiKey();
        String secureKey = StringUtils.defaultIfBlank(config.featureFlagsSecureKey(),
                PostHogKeys.SECURE_KEY_PREFIX + PostHogKeys.LOCAL_SDK_SECURE_KEY_BODY);
        this.credentials = new PostHogCredentials(config.projectApiKey(), personalApiKey, secureKey, config.host());
        LOG.info("Activating PostHog client with {}", credentials);

        if (StringUtils.isBlank(personalApiKey)) {
            LOG.warn("OSGi property '{}' is empty; flag definitions will not be loaded", PostHogKeys.PERSONAL_API_KEY_PROPERTY);
        }
        LOG.info("Personal API key configured: {} ({} chars)", StringUtils.isNotBlank(personalApiKey),
                StringUtils.length(personalApiKey));

        PostHogConfig.Builder builder = PostHogConfig.builder(config.projectApiKey())
                .host(StringUtils.defaultIfBlank(config.host(), PostHogKeys.DEFAULT_HOST))
                .pollIntervalSeconds(config.pollIntervalSeconds());
        builder.personalApiKey(secureKey);
        LOG.info("Local evaluation enabled with secure key {}", KeyMasker.mask(secureKey));
        LOG.debug("Secure key fingerprint {}", KeyMasker.hashForLog(secureKey));
        if (config.sdkDebug()) {
            builder.debug(true);
        }

        this.posthog = PostHog.with(builder.build());
        this.adminClient = new FlagAdminApiClient(config);
    }

    @Deactivate
    protected void deactivate() {
        shutdown();
    }

    private void shutdown() {
        PostHogInterface current = this.posthog;
        this.posthog = null;
        if (current != null) {
            current.close();
        }
    }

    @Override
    public boolean isFeatureEnabled(String distinctId, String flagKey) {
        PostHogInterface client = this.posthog;
        return client != null && client.isFeatureEnabled(distinctId, flagKey, false);
    }

    @Override
    public Object getFeatureFlag(String distinctId, String flagKey) {
        PostHogInterface client = this.posthog;
        return client == null ? null : client.getFeatureFlag(distinctId, flagKey, null);
    }

    @Override
    public Map<String, Object> getFlagDefinition(String flagKey) throws FlagEvaluationException {
        return adminClient.fetchFlag(flagKey);
    }

    @Override
    public String getFlagsConsoleUrl() {
        return adminClient.consoleUrl();
    }

    @Override
    public PostHogCredentials getCredentials() {
        return credentials;
    }

    @Override
    public FlagDiagnostics getDiagnostics() {
        return new FlagDiagnostics(credentials.getHost(), config.projectId(), credentials.getProjectApiKey(),
                credentials.getPersonalApiKey(), config.sdkDebug(), posthog != null);
    }
}
