package com.northwind.flagassistant.assistant;

import com.northwind.flagassistant.posthog.FeatureFlagPage.FeatureFlag;
import com.northwind.flagassistant.posthog.PostHogApiClient;
import com.posthog.server.PostHogInterface;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

@Component
public class FlagTools {

    private final PostHogApiClient api;
    private final PostHogInterface flagClient;

    public FlagTools(PostHogApiClient api, @Qualifier("flagClient") PostHogInterface flagClient) {
        this.api = api;
        this.flagClient = flagClient;
    }

    @Tool("List all feature flags of the PostHog project with their state and rollout")
    public List<String> listFeatureFlags() {
        return api.listFlags().stream()
                .map(FeatureFlag::summary)
                .toList();
    }

    @Tool("Get the details of one feature flag by its key")
    public String describeFlag(@P("the flag key, for example new-checkout") String flagKey) {
        return api.findFlag(flagKey)
                .map(FeatureFlag::summary)
                .orElse("There is no flag with key " + flagKey);
    }

    @Tool("Show the recent change history (who changed what) of a feature flag")
    public String flagHistory(@P("the numeric id of the flag") long flagId) {
        return api.flagActivity(flagId);
    }

    @Tool("Check whether a feature flag is enabled for a user, given the user's distinct id")
    public boolean isEnabledFor(@P("the flag key") String flagKey,
                                @P("the user's distinct id") String distinctId) {
        return flagClient.isFeatureEnabled(distinctId, flagKey, false);
    }

    @Tool("Evaluate every flag for a user on the PostHog server, including multivariate variants")
    public Map<String, Object> evaluateAllFor(@P("the user's distinct id") String distinctId) {
        return api.evaluateFlags(distinctId);
    }
}
