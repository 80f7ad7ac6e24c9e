package com.acme.flagctl.cli;

import com.acme.flagctl.FlagCtl;
import com.acme.flagctl.config.CliConfig;
import com.acme.flagctl.db.FlagRepository;
import com.acme.flagctl.flags.FlagDefinition;
import com.acme.flagctl.http.PostHogApiClient;
import com.acme.flagctl.util.KeyMasker;
import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

@Command(name = "sync", description = "Download all feature flag definitions into the local cache.")
public class SyncCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(SyncCommand.class.getName());

    @ParentCommand
    FlagCtl parent;

    @Option(names = "--verify", description = "After syncing, check that the SDK can load the same definitions.")
    boolean verify;

    @Option(names = "--dry-run", description = "Fetch but do not write the cache.")
    boolean dryRun;

    @Option(names = "--telemetry", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Send an anonymous usage event (default: ${DEFAULT-VALUE}).")
    boolean telemetry;

    @Override
    public Integer call() throws Exception {
        parent.applyVerbosity();
        CliConfig config = parent.config();
        String key = config.personalApiKey();
        LOG.info("Syncing flags of project " + config.projectId() + " from " + config.host() + " with key " + key);
        String fingerprint = KeyMasker.digestHex(key);
        LOG.info("Key fingerprint " + fingerprint);

        PostHogApiClient client = new PostHogApiClient(config, parent.mapper());
        List<FlagDefinition> flags = fetchAll(client, "/api/projects/" + config.projectId() + "/feature_flags/?limit=200");
        System.out.printf("Fetched %d flags (%d active)%n", flags.size(),
                flags.stream().filter(FlagDefinition::active).count());

        if (!dryRun) {
            try (FlagRepository cache = parent.openCache()) {
                long sessionId = cache.startSyncSession(config.host(), fingerprint);
                int stored = cache.replaceAll(flags);
                cache.finishSyncSession(sessionId, stored);
            }
        }

        if (verify) {
            verifyWithSdk(config, flags);
        }
        if (telemetry) {
            client.capture(config.projectApiKey(), "flagctl-" + System.getProperty("user.name"),
                    "flagctl sync", Map.of("flag_count", flags.size(), "dry_run", dryRun));
        }
        return 0;
    }

    private List<FlagDefinition> fetchAll(PostHogApiClient client, String firstPage) throws Exception {
        List<FlagDefinition> flags = new ArrayList<>();
        String path = firstPage;
        while (path != null) {
            JsonNode page = client.getJson(path);
            for (JsonNode node : page.path("results")) {
                flags.add(parent.mapper().treeToValue(node, FlagDefinition.class));
            }
            JsonNode next = page.get("next");
            if (next == null || next.isNull()) {
                path = null;
            } else {
                URI uri = URI.create(next.asText());
                path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        }
        return flags;
    }

    private void verifyWithSdk(CliConfig config, List<FlagDefinition> flags) throws InterruptedException {
        PostHogConfig verifyConfig = PostHogConfig.builder(config.projectApiKey())
                .host(config.host())
                .build();
        verifyConfig.setPersonalApiKey(config.personalApiKey());
        // print the poller's requests so a mismatch can be diagnosed from the terminal
        verifyConfig.setDebug(true);
        PostHogInterface posthog = PostHog.with(verifyConfig);
        try {
            Thread.sleep(3_000); // first definitions poll
            String probe = "flagctl-verify";
            long missing = flags.stream()
                    .filter(FlagDefinition::active)
                    .filter(f -> posthog.getFeatureFlag(probe, f.key()) == null)
                    .count();
            System.out.println(missing == 0 ? "SDK sees all active flags" : missing + " active flags not evaluable by the SDK");
        } finally {
            posthog.close();
        }
    }
}
