package services;

import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Builds the PostHog bootstrap payloads served to pages.
 */
@Singleton
public class BootstrapFactory {

    private final PostHogSettings settings;
    private final FlagService flagService;

    @Inject
    public BootstrapFactory(PostHogSettings settings, FlagService flagService) {
        this.settings = settings;
        this.flagService = flagService;
    }

    public BootstrapConfig forBrowser(String distinctId) {
        return new BootstrapConfig(settings.projectApiKey(), settings.host(), null, flagService.bootstrapFlags(distinctId));
    }

    public BootstrapConfig forToolbar() {
        return new BootstrapConfig(settings.projectApiKey(), settings.host(), settings.personalApiKey(), Map.of());
    }
}
