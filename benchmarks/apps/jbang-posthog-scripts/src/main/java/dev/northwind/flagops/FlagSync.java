///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.6
//DEPS com.fasterxml.jackson.core:jackson-databind:2.17.2
//DEPS com.fasterxml.jackson.dataformat:jackson-dataformat-yaml:2.17.2
//DEPS com.fasterxml.jackson.datatype:jackson-datatype-jsr310:2.17.2
//DEPS com.posthog:posthog-server:2.0.0
//DEPS org.slf4j:slf4j-simple:2.0.13
//SOURCES common/*.java
//JAVA_OPTIONS -Dorg.slf4j.simpleLogger.showDateTime=true

package dev.northwind.flagops;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.northwind.flagops.common.AdminApiClient;
import dev.northwind.flagops.common.AdminApiException;
import dev.northwind.flagops.common.FlagDefinition;
import dev.northwind.flagops.common.Masking;
import dev.northwind.flagops.common.PostHogSettings;
import dev.northwind.flagops.common.ProjectConfig;
import dev.northwind.flagops.common.ProjectConfig.ProjectsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

@Command(name = "flag-sync", mixinStandardHelpOptions = true, version = "flag-sync 1.4.0",
        description = "Reconciles the PostHog feature flags of every project with config/projects.yaml.")
public class FlagSync implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(FlagSync.class);

    @Option(names = {"-c", "--config"}, defaultValue = "config/posthog.properties",
            description = "PostHog settings file (default: ${DEFAULT-VALUE})")
    Path configFile;

    @Option(names = "--projects", defaultValue = "config/projects.yaml",
            description = "Desired flag state (default: ${DEFAULT-VALUE})")
    Path projectsFile;

    @Option(names = "--dry-run", arity = "0..1", defaultValue = "false",
            description = "Print the changes without applying them")
    boolean dryRun;

    @Option(names = "--verify-flag", description = "Flag to evaluate after the sync as a smoke test")
    String verifyFlag;

    public static void main(String... args) {
        System.exit(new CommandLine(new FlagSync()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PostHogSettings settings = PostHogSettings.load(configFile);
        log.info("Loaded settings: {}", settings);
        log.info("Personal key fingerprint {}", Masking.sha256Fingerprint(settings.personalApiKey()));
        log.debug("Personal key length {}", settings.personalApiKey() == null ? 0 : settings.personalApiKey().length());

        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        YAMLMapper yaml = new YAMLMapper();
        ProjectsFile projects = ProjectsFile.load(yaml, projectsFile);
        AdminApiClient client = new AdminApiClient(settings.host(), settings.requirePersonalApiKey(), json);

        int changes = 0;
        for (ProjectConfig project : projects.projects()) {
            try {
                changes += reconcile(client, project);
            } catch (AdminApiException e) {
                log.error("Sync of project {} failed: {}", project.name(), e.getMessage());
                return e.isAuthFailure() ? 3 : 2;
            }
        }
        log.info("{} flag change(s) {}", changes, dryRun ? "planned" : "applied");

        if (verifyFlag != null && !dryRun) {
            verify(settings);
        }
        return 0;
    }

    private int reconcile(AdminApiClient client, ProjectConfig project) throws Exception {
        Map<String, FlagDefinition> remote = client.listFlags(project.id()).stream()
                .collect(Collectors.toMap(FlagDefinition::key, Function.identity(), (a, b) -> a));
        int changes = 0;
        for (FlagDefinition wanted : project.flags()) {
            FlagDefinition current = remote.get(wanted.key());
            if (current == null) {
                log.info("[{}] create {} (rollout {}%)", project.name(), wanted.key(), wanted.rolloutPercentage());
                if (!dryRun) {
                    client.createFlag(project.id(), wanted);
                }
                changes++;
            } else if (wanted.differsFrom(current)) {
                log.info("[{}] update {}: active {} -> {}, rollout {} -> {}", project.name(), wanted.key(),
                        current.active(), wanted.active(), current.rolloutPercentage(), wanted.rolloutPercentage());
                if (!dryRun) {
                    client.patchFlag(project.id(), current.id(), wanted);
                }
                changes++;
            }
        }
        List<String> unmanaged = remote.keySet().stream()
                .filter(k -> project.flags().stream().noneMatch(f -> f.key().equals(k)))
                .sorted()
                .toList();
        if (!unmanaged.isEmpty()) {
            log.warn("[{}] flags not in projects.yaml: {}", project.name(), unmanaged);
        }
        return changes;
    }

    private void verify(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.ingestHost())
                .build();
        config.setPersonalApiKey(settings.secureApiKey());
        config.setDebug(settings.debug());
        PostHogInterface posthog = PostHog.with(config);
        try {
            boolean enabled = posthog.isFeatureEnabled("flag-ops-ci", verifyFlag);
            log.info("Smoke check: {} is {} for flag-ops-ci", verifyFlag, enabled ? "on" : "off");
        } finally {
            posthog.close();
        }
    }
}
