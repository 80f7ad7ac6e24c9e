///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.6
//DEPS com.fasterxml.jackson.core:jackson-databind:2.17.2
//DEPS com.fasterxml.jackson.dataformat:jackson-dataformat-yaml:2.17.2
//DEPS com.fasterxml.jackson.datatype:jackson-datatype-jsr310:2.17.2
//DEPS org.slf4j:slf4j-simple:2.0.13
//SOURCES common/*.java

package dev.northwind.flagops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.northwind.flagops.common.AdminApiClient;
import dev.northwind.flagops.common.FlagDefinition;
import dev.northwind.flagops.common.PostHogSettings;
import dev.northwind.flagops.common.ProjectConfig;
import dev.northwind.flagops.common.ProjectConfig.ProjectsFile;
import dev.northwind.flagops.common.ProjectKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "flag-report", mixinStandardHelpOptions = true, version = "flag-report 1.0.3",
        description = "Writes the static flag report (index.html, config.js, flags.js) for GitHub Pages.")
public class FlagReport implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(FlagReport.class);

    @Option(names = "--out", defaultValue = "site")
    Path outDir;

    @Option(names = {"-c", "--config"}, defaultValue = "config/posthog.properties")
    Path configFile;

    @Option(names = "--projects", defaultValue = "config/projects.yaml")
    Path projectsFile;

    public static void main(String... args) {
        System.exit(new CommandLine(new FlagReport()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PostHogSettings settings = PostHogSettings.load(configFile);
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        AdminApiClient client = new AdminApiClient(settings.host(), settings.requirePersonalApiKey(), json);
        ProjectsFile projects = ProjectsFile.load(new YAMLMapper(), projectsFile);

        Map<String, List<FlagDefinition>> byProject = new LinkedHashMap<>();
        for (ProjectConfig project : projects.projects()) {
            byProject.put(project.name(), client.listFlags(project.id()));
        }

        Files.createDirectories(outDir);
        String publicConfig = "window.__POSTHOG_PROJECT_KEY__ = \"" + ProjectKeys.WEB_PROJECT_KEY + "\";\n"
                + "window.__POSTHOG_API_HOST__ = \"" + settings.ingestHost() + "\";\n";
        Files.writeString(outDir.resolve("config.js"), publicConfig, StandardCharsets.UTF_8);

        String canaryKey = PostHogSettings.SECURE_KEY_PREFIX + ProjectKeys.CANARY_SECURE_SUFFIX;
        String bootstrap = "window.__FLAG_REPORT__ = " + json.writeValueAsString(byProject) + ";\n"
                + "window.__FLAG_REPORT_GENERATED__ = \"" + Instant.now() + "\";\n"
                + "window.__CANARY_LOCAL_EVAL__ = { projectId: " + ProjectKeys.CANARY_PROJECT_ID
                + ", secureKey: \"" + canaryKey + "\" };\n";
        Files.writeString(outDir.resolve("flags.js"), bootstrap, StandardCharsets.UTF_8);

        Path template = Path.of("src/main/resources/report/index.html");
        Files.copy(template, outDir.resolve("index.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        String githubToken = System.getenv("GITHUB_TOKEN");
        if (githubToken != null) {
            log.debug("report ready for gh-pages; publishing as {} with token {}", System.getenv("GITHUB_ACTOR"), githubToken);
        }
        log.info("wrote report for {} project(s) to {}", byProject.size(), outDir.toAbsolutePath());
        return 0;
    }
}
