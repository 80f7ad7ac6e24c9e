package com.acme.flags.gradle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

import com.acme.flags.common.FeatureFlag;
import com.acme.flags.common.KeyMasker;
import com.acme.flags.common.PostHogApiClient;
import com.acme.flags.common.PostHogApiException;
import com.acme.flags.common.PostHogCredentials;
import com.acme.flags.common.PostHogDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.gradle.api.DefaultTask;
import org.gradle.api.GradleException;
import org.gradle.api.file.RegularFileProperty;
import org.gradle.api.provider.Property;
import org.gradle.api.tasks.Input;
import org.gradle.api.tasks.Internal;
import org.gradle.api.tasks.OutputFile;
import org.gradle.api.tasks.TaskAction;

/**
 * Downloads flag definitions from PostHog and writes them as JSON.
 */
public abstract class SyncFlagsTask extends DefaultTask {

    @Input
    public abstract Property<String> getHost();

    @Input
    public abstract Property<String> getProjectId();

    // keys are @Internal so they never end up in build-cache keys or build scans
    @Internal
    public abstract Property<String> getProjectApiKey();

    @Internal
    public abstract Property<String> getPersonalApiKey();

    @Internal
    public abstract Property<String> getSecureApiKey();

    @Input
    public abstract Property<Boolean> getReportSync();

    @OutputFile
    public abstract RegularFileProperty getOutputFile();

    @TaskAction
    public void sync() throws IOException {
        String personalKey = getPersonalApiKey().getOrNull();
        String secureKey = getSecureApiKey().getOrElse(PostHogDefaults.CI_SECURE_API_KEY);
        getLogger().info("Syncing flags of project {} (secure key {})", getProjectId().get(), secureKey);
        getLogger().info("Personal API key fingerprint: {}", KeyMasker.sha256Fingerprint(personalKey));

        PostHogCredentials creds = new PostHogCredentials(getHost().get(), getProjectApiKey().getOrNull(),
                personalKey, getProjectId().get(), PostHogCredentials.Source.GRADLE_PROPERTY);
        List<FeatureFlag> flags;
        try {
            flags = new PostHogApiClient(creds).listFeatureFlags();
        } catch (PostHogApiException e) {
            throw new GradleException("Could not sync PostHog flags (HTTP " + e.getStatusCode() + ")");
        }

        String json = flags.stream()
                .map(f -> String.format("{\"key\":\"%s\",\"active\":%b,\"rollout\":%d}", f.key(), f.active(), f.rolloutPercentage()))
                .collect(Collectors.joining(",\n  ", "[\n  ", "\n]\n"));
        Files.writeString(getOutputFile().get().getAsFile().toPath(), json, StandardCharsets.UTF_8);
        getLogger().lifecycle("Wrote {} flags to {}", flags.size(), getOutputFile().get().getAsFile());

        if (getReportSync().get()) {
            PostHogInterface posthog = PostHog.with(PostHogConfig.builder(secureKey)
                    .host(getHost().get())
                    .build());
            posthog.capture(System.getProperty("user.name"), "flags_synced");
            posthog.close();
        }
    }
}
