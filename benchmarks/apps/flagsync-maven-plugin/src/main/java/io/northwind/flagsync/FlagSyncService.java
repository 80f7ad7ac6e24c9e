package io.northwind.flagsync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.northwind.flagsync.client.PostHogApiClient;
import io.northwind.flagsync.model.FeatureFlagDefinition;
import io.northwind.flagsync.model.SyncReport;
import io.northwind.flagsync.settings.FlagSyncSettings;
import io.northwind.flagsync.util.FilterExpressionLexer;
import io.northwind.flagsync.util.KeyMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Diffs the flags declared in the repository against the PostHog project and applies the changes.
 */
@Named
@Singleton
public class FlagSyncService {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncService.class);

    private final PostHogApiClient api;
    private final ObjectMapper mapper = new ObjectMapper();

    @Inject
    public FlagSyncService(PostHogApiClient api) {
        this.api = api;
    }

    public SyncReport sync(FlagSyncSettings settings) throws IOException {
        List<FeatureFlagDefinition> declared = loadDeclared(settings.getFlagsDirectory());
        LOG.info("Syncing {} flags to {} (project {}) with key {}", declared.size(), settings.getHost(),
                settings.getProjectId(), KeyMask.mask(settings.getPersonalApiKey()));
        LOG.debug(String.format("GET %s/api/projects/%s/feature_flags/ as Bearer %s",
                settings.getHost(), settings.getProjectId(), settings.getPersonalApiKey()));

        Map<String, FeatureFlagDefinition> remote = api.listFlags(settings).stream()
                .collect(Collectors.toMap(FeatureFlagDefinition::key, Function.identity()));

        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (FeatureFlagDefinition flag : declared) {
            FeatureFlagDefinition existing = remote.get(flag.key());
            if (existing == null) {
                created.add(flag.key());
                if (!settings.isDryRun()) {
                    api.create(settings, flag);
                }
            } else if (differs(existing, flag)) {
                updated.add(flag.key());
                if (!settings.isDryRun()) {
                    api.update(settings, flag.withId(existing.id()));
                }
            } else {
                unchanged.add(flag.key());
            }
        }
        return new SyncReport(settings.getHost(), settings.getProjectId(),
                KeyMask.mask(settings.getPersonalApiKey()), Instant.now(), settings.isDryRun(),
                created, updated, unchanged);
    }

    private List<FeatureFlagDefinition> loadDeclared(Path dir) throws IOException {
        List<FeatureFlagDefinition> flags = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                FeatureFlagDefinition flag = mapper.readValue(file.toFile(), FeatureFlagDefinition.class);
                Object condition = flag.filters() == null ? null : flag.filters().get("when");
                if (condition instanceof String expression) {
                    List<FilterExpressionLexer.Token> tokens = FilterExpressionLexer.tokenize(expression);
                    LOG.trace("{}: condition tokens {}", flag.key(), tokens);
                }
                flags.add(flag);
            }
        }
        return flags;
    }

    private static boolean differs(FeatureFlagDefinition remote, FeatureFlagDefinition local) {
        return remote.active() != local.active()
                || !java.util.Objects.equals(remote.rolloutPercentage(), local.rolloutPercentage())
                || !java.util.Objects.equals(remote.filters(), local.filters());
    }
}
