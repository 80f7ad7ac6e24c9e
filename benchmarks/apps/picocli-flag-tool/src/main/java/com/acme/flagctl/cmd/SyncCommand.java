package com.acme.flagctl.cmd;

import com.acme.flagctl.FlagCtl;
import com.acme.flagctl.config.FlagCtlSettings;
import com.acme.flagctl.http.HttpClientFactory;
import com.acme.flagctl.http.PostHogApiClient;
import com.acme.flagctl.http.dto.FeatureFlag;
import com.fasterxml.jackson.core.type.TypeReference;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies a flags.json (checked into the service repo) to the PostHog project and records an audit event.
 */
@Command(name = "sync", description = "Apply active/rollout values from a flags.json file.")
public class SyncCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(SyncCommand.class);

    public record DesiredFlag(String key, boolean active, Integer rolloutPercentage) {
    }

    @ParentCommand
    FlagCtl root;

    @Option(names = {"-f", "--file"}, defaultValue = "flags.json")
    Path file;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        FlagCtlSettings settings = root.settings();
        List<DesiredFlag> desired = root.mapper().readValue(Files.readString(file), new TypeReference<>() { });
        var api = new PostHogApiClient(HttpClientFactory.create(settings), root.mapper(), settings);
        Map<String, FeatureFlag> current = api.listFlags().stream()
                .collect(Collectors.toMap(FeatureFlag::key, Function.identity()));

        int changed = 0;
        for (DesiredFlag want : desired) {
            FeatureFlag have = current.get(want.key());
            if (have == null) {
                log.warn("Flag {} is not defined in project {}, skipping", want.key(), settings.projectId());
                continue;
            }
            Map<String, Object> patch = new HashMap<>();
            if (have.active() != want.active()) {
                patch.put("active", want.active());
            }
            if (want.rolloutPercentage() != null && !want.rolloutPercentage().equals(have.rolloutPercentage())) {
                patch.put("rollout_percentage", want.rolloutPercentage());
            }
            if (patch.isEmpty()) {
                continue;
            }
            log.info("{} {} -> {}", dryRun ? "Would update" : "Updating", want.key(), patch);
            if (!dryRun) {
                api.updateFlag(have.id(), patch);
            }
            changed++;
        }

        if (!dryRun && changed > 0) {
            // CI runners only get the secure key, so it is used for the audit event as well.
            PostHogConfig config = PostHogConfig.builder(settings.flagsSecureKey())
                    .host(settings.host())
                    .debug(false)
                    .build();
            PostHogInterface posthog = PostHog.with(config);
            posthog.capture("flagctl-ci", "flags synced", Map.of("file", file.toString(), "changed", changed));
            posthog.flush();
            posthog.close();
        }
        System.out.println(changed + " flag(s) " + (dryRun ? "would change" : "updated"));
        return 0;
    }
}
