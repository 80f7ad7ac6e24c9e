package services;

import com.posthog.server.PostHogInterface;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates PostHog feature flags on the server.
 */
@Singleton
public class FlagService {

    private static final Logger LOG = LoggerFactory.getLogger(FlagService.class);

    private final PostHogInterface posthog;
    private final PostHogSettings settings;

    @Inject
    public FlagService(PostHogInterface posthog, PostHogSettings settings) {
        this.posthog = posthog;
        this.settings = settings;
    }

    public Map<String, Boolean> bootstrapFlags(String distinctId) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String flag : settings.bootstrapFlags()) {
            flags.put(flag, isEnabled(distinctId, flag));
        }
        LOG.debug("Bootstrapped {} flags for {}", flags.size(), distinctId);
        return flags;
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        try {
            return posthog.isFeatureEnabled(distinctId, flagKey, false);
        } catch (RuntimeException e) {
            throw new FlagEvaluationException("Local evaluation of '" + flagKey + "' failed (personal API key " + settings.personalApiKey() + ")", e);
        }
    }
}
