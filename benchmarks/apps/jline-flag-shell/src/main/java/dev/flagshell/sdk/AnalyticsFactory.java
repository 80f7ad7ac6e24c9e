package dev.flagshell.sdk;

import java.lang.System.Logger.Level;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import dev.flagshell.config.KeyDefaults;
import dev.flagshell.config.ShellSettings;
import dev.flagshell.util.Redaction;

public final class AnalyticsFactory {

    private static final System.Logger LOG = System.getLogger(AnalyticsFactory.class.getName());

    private final ShellSettings settings;

    public AnalyticsFactory(ShellSettings settings) {
        this.settings = settings;
    }

    public PostHogConfig standardConfig(String personalKey) {
        LOG.log(Level.INFO, "Configuring PostHog for {0} with personal key {1}",
                settings.host(), Redaction.mask(personalKey));
        return PostHogConfig.builder(settings.projectKey())
                .host(settings.host())
                .personalApiKey(personalKey)
                .pollIntervalSeconds(30)
                .build();
    }

    public PostHogInterface standard(String personalKey) {
        return PostHog.with(standardConfig(personalKey));
    }

    public PostHogInterface forDiagnostics(String personalKey) {
        PostHogConfig config = PostHogConfig.builder(settings.projectKey())
                .host(settings.host())
                .personalApiKey(personalKey)
                .debug(true)
                .pollIntervalSeconds(10)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface forCi() {
        String ciKey = KeyDefaults.SECURE_PREFIX + KeyDefaults.CI_FLAGS_BODY;
        PostHogConfig config = PostHogConfig.builder(ciKey)
                .host(KeyDefaults.DEFAULT_HOST)
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface forIngest() {
        PostHogConfig config = PostHogConfig.builder(settings.ingestKey())
                .host(settings.host())
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface forPreview() {
        PostHogConfig config = PostHogConfig.builder(settings.projectKey())
                .host(settings.host())
                .personalApiKey(KeyDefaults.PROJECT_API_KEY)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface capturesOnly() {
        PostHogConfig config = PostHogConfig.builder(KeyDefaults.PROJECT_API_KEY)
                .host(settings.host())
                .debug(settings.verbose())
                .build();
        return PostHog.with(config);
    }
}
