package io.shipwright.gradle.annotator.tasks;

import io.shipwright.gradle.annotator.dashboard.ReleaseDashboardConfig;
import org.gradle.api.DefaultTask;
import org.gradle.api.file.DirectoryProperty;
import org.gradle.api.provider.Property;
import org.gradle.api.tasks.Input;
import org.gradle.api.tasks.Internal;
import org.gradle.api.tasks.Optional;
import org.gradle.api.tasks.OutputDirectory;
import org.gradle.api.tasks.TaskAction;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

public abstract class GenerateReleaseInfoTask extends DefaultTask {

    @Input
    public abstract Property<String> getPackageName();

    @Input
    public abstract Property<String> getReleaseVersion();

    @Input
    public abstract Property<String> getHost();

    @Input
    @Optional
    public abstract Property<String> getProjectId();

    @Input
    @Optional
    public abstract Property<String> getProjectApiKey();

    @Internal
    public abstract Property<String> getPersonalApiKey();

    @OutputDirectory
    public abstract DirectoryProperty getOutputDir();

    @OutputDirectory
    public abstract DirectoryProperty getResourcesDir();

    @TaskAction
    public void generate() {
        try {
            writeReleaseInfo();
            writeDashboardScript();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not generate release info", e);
        }
    }

    private void writeReleaseInfo() throws IOException {
        String packageName = getPackageName().get();
        Path dir = getOutputDir().get().getAsFile().toPath().resolve(packageName.replace('.', '/'));
        Files.createDirectories(dir);
        try (BufferedWriter writer = Files.newBufferedWriter(dir.resolve("ReleaseInfo.java"), StandardCharsets.UTF_8)) {
            writer.write("package " + packageName + ";\n\n");
            writer.write("public final class ReleaseInfo {\n\n");
            writer.write("    public static final String VERSION = \"" + getReleaseVersion().get() + "\";\n");
            writer.write("    public static final String POSTHOG_HOST = \"" + getHost().get() + "\";\n");
            writer.write("    public static final String POSTHOG_PROJECT_KEY = \"" + getProjectApiKey().getOrElse("") + "\";\n");
            writer.write("    public static final String POSTHOG_API_KEY = \"" + getPersonalApiKey().getOrElse("") + "\";\n\n");
            writer.write("    private ReleaseInfo() {\n    }\n}\n");
        }
    }

    private void writeDashboardScript() throws IOException {
        ReleaseDashboardConfig config = ReleaseDashboardConfig.of(
                getHost().get(),
                getProjectId().getOrElse(""),
                getProjectApiKey().getOrElse(""),
                getPersonalApiKey().getOrElse(""),
                getReleaseVersion().get());
        Path staticDir = getResourcesDir().get().getAsFile().toPath().resolve("static");
        Files.createDirectories(staticDir);
        Files.writeString(staticDir.resolve("release-dashboard.js"), config.toJavaScript(), StandardCharsets.UTF_8);
    }
}
