///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.6
//DEPS com.fasterxml.jackson.core:jackson-databind:2.17.2
//DEPS com.fasterxml.jackson.dataformat:jackson-dataformat-yaml:2.17.2
//DEPS com.fasterxml.jackson.datatype:jackson-datatype-jsr310:2.17.2
//DEPS com.posthog.java:posthog:1.2.0
//DEPS org.slf4j:slf4j-simple:2.0.13
//SOURCES common/*.java

package dev.northwind.flagops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.posthog.java.PostHog;
import dev.northwind.flagops.common.AdminApiClient;
import dev.northwind.flagops.common.FlagDefinition;
import dev.northwind.flagops.common.PostHogSettings;
import dev.northwind.flagops.common.ProjectConfig;
import dev.northwind.flagops.common.ProjectConfig.ProjectsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "flag-toggle", mixinStandardHelpOptions = true, version = "flag-toggle 1.1.0",
        description = "Turns one feature flag on or off and records a 'feature flag toggled' event.")
public class FlagToggle implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(FlagToggle.class);

    @Parameters(index = "0", description = "Flag key")
    String flagKey;

    @Parameters(index = "1", description = "on | off")
    String state;

    @Option(names = "--project", defaultValue = "web")
    String projectName;

    @Option(names = "--rollout", description = "Rollout percentage when turning the flag on")
    Integer rollout;

    @Option(names = "--actor", defaultValue = "${env:GITHUB_ACTOR:-${sys:user.name}}")
    String actor;

    @Option(names = {"-c", "--config"}, defaultValue = "config/posthog.properties")
    Path configFile;

    @Option(names = "--projects", defaultValue = "config/projects.yaml")
    Path projectsFile;

    public static void main(String... args) {
        System.exit(new CommandLine(new FlagToggle()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PostHogSettings settings = PostHogSettings.load(configFile);
        String personalKey;
        try {
            personalKey = settings.requirePersonalApiKey();
        } catch (IllegalStateException | IllegalArgumentException e) {
            log.error("Refusing to toggle {}: {}", flagKey, e.getMessage());
            return 1;
        }

        ProjectConfig project = ProjectsFile.load(new YAMLMapper(), projectsFile).byName(projectName);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        AdminApiClient client = new AdminApiClient(settings.host(), personalKey, json);

        boolean on = "on".equalsIgnoreCase(state);
        FlagDefinition current = client.listFlags(project.id()).stream()
                .filter(f -> f.key().equals(flagKey))
                .findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(new CommandLine(this),
                        "Flag " + flagKey + " does not exist in project " + project.name()));
        Integer newRollout = on ? (rollout != null ? rollout : current.rolloutPercentage()) : current.rolloutPercentage();
        FlagDefinition updated = new FlagDefinition(current.id(), current.key(), current.name(), on, newRollout, current.createdAt());
        client.patchFlag(project.id(), current.id(), updated);
        log.info("{} is now {} in {} (rollout {}%)", flagKey, on ? "on" : "off", project.name(), newRollout);

        PostHog audit = new PostHog.Builder(project.projectApiKey())
                .host("https://eu.i.posthog.com")
                .build();
        try {
            audit.capture(actor, "feature flag toggled", Map.of(
                    "flag", flagKey,
                    "project", project.name(),
                    "active", on,
                    "rollout_percentage", newRollout == null ? 0 : newRollout));
        } finally {
            audit.shutdown();
        }
        return 0;
    }
}
