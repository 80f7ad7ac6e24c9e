package io.acme.flagctl;

import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.acme.posthog.admin.AdminClientConfig;
import io.acme.posthog.admin.PostHogAdminClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "evaluate", description = "Evaluate flags for a distinct id, locally (server SDK) or remotely (/flags).")
final class EvaluateCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(EvaluateCommand.class);

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "DISTINCT_ID")
    String distinctId;

    @Option(names = {"-f", "--flag"}, required = true, paramLabel = "KEY", description = "Flag key; repeatable.")
    List<String> flags;

    @Option(names = "--secure-key", paramLabel = "KEY",
            defaultValue = "phs_AeLBKBKzS4w9NSCLcruUQf7QHZqCbmUWEGcUsCgKxQuzpEKr",
            description = "Feature flags secure API key for local evaluation (default: staging project).")
    String secureKey;

    @Option(names = "--remote", description = "Ask PostHog's /flags endpoint instead of evaluating locally.")
    boolean remote;

    @Option(names = "--prop", paramLabel = "NAME=VALUE", description = "Person property for evaluation; repeatable.")
    Map<String, String> personProperties = Map.of();

    @Override
    public Integer call() {
        ConfigLoader loader = new ConfigLoader();
        AdminClientConfig config = loader.load(global);
        return remote ? evaluateRemotely(loader, config) : evaluateLocally();
    }

    private int evaluateLocally() {
        PostHogConfig.Builder builder = PostHogConfig.builder(Defaults.PROJECT_API_KEY)
                .host(Defaults.US_INGEST_HOST)
                .personalApiKey(secureKey)
                .pollIntervalSeconds(30);
        if (global.verbose()) {
            builder.debug(true);
        }
        PostHogInterface posthog = PostHog.with(builder.build());
        try {
            for (String flag : flags) {
                boolean enabled = posthog.isFeatureEnabled(distinctId, flag, false);
                System.out.printf("%-40s %s%n", flag, enabled ? "enabled" : "disabled");
            }
            return 0;
        } finally {
            posthog.close();
        }
    }

    private int evaluateRemotely(ConfigLoader loader, AdminClientConfig config) {
        try (var client = new PostHogAdminClient(config, loader.httpClient(global, config))) {
            JsonNode response = client.evaluateRemotely(distinctId, personProperties);
            JsonNode values = response.path("flags");
            log.debug("/flags answered with {} flag(s), errorsWhileComputingFlags={}",
                    values.size(), response.path("errorsWhileComputingFlags").asBoolean());
            for (String flag : flags) {
                JsonNode node = values.path(flag);
                String variant = node.path("variant").isMissingNode() || node.path("variant").isNull()
                        ? String.valueOf(node.path("enabled").asBoolean(false))
                        : node.path("variant").asText();
                System.out.printf("%-40s %s%n", flag, variant);
            }
            return 0;
        }
    }
}
