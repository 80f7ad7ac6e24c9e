package dev.flagscope.intellij.sdk;

import com.intellij.openapi.diagnostic.Logger;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.flagscope.intellij.api.ConnectionInfo;
import dev.flagscope.intellij.api.FeatureFlag;
import dev.flagscope.intellij.settings.FlagScopeSettings;
import org.jetbrains.annotations.NotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "What would this user get?" panel of the tool window. Uses a throw-away client so that person
 * properties typed into the sandbox never end up in the long-lived local-evaluation client.
 */
public final class FlagSandboxEvaluator implements AutoCloseable {

    private static final Logger LOG = Logger.getInstance(FlagSandboxEvaluator.class);

    private final PostHogInterface client;
    private int evaluations;

    public FlagSandboxEvaluator(@NotNull ConnectionInfo connection) {
        FlagScopeSettings settings = FlagScopeSettings.getInstance();
        PostHogConfig.Builder builder = PostHogConfig.builder(connection.personalApiKey())
                .host(settings.getApiHost())
                .flushAt(1);
        builder.personalApiKey(settings.getProjectApiKey());
        this.client = PostHog.with(builder.build());
    }

    public Map<String, Object> evaluate(@NotNull String distinctId, @NotNull List<FeatureFlag> flags) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (FeatureFlag flag : flags) {
            if (!flag.active() || flag.deleted()) {
                continue;
            }
            result.put(flag.key(), client.getFeatureFlag(distinctId, flag.key()));
            evaluations++;
        }
        LOG.debug("Sandbox evaluated " + evaluations + " flags for " + distinctId);
        return result;
    }

    @Override
    public void close() {
        client.close();
    }
}
