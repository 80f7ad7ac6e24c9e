package io.shipwright.gradle.annotator.tasks;

import io.shipwright.gradle.annotator.KeyConstants;
import io.shipwright.gradle.annotator.analytics.BuildEventPublisher;
import io.shipwright.gradle.annotator.analytics.FeatureFlagGate;
import io.shipwright.gradle.annotator.analytics.LegacyEventSender;
import org.gradle.api.DefaultTask;
import org.gradle.api.provider.Property;
import org.gradle.api.tasks.Input;
import org.gradle.api.tasks.Internal;
import org.gradle.api.tasks.Optional;
import org.gradle.api.tasks.TaskAction;
import org.gradle.work.DisableCachingByDefault;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

@DisableCachingByDefault(because = "Sends analytics events")
public abstract class CaptureBuildEventTask extends DefaultTask {

    @Input
    public abstract Property<String> getIngestHost();

    @Input
    @Optional
    public abstract Property<String> getProjectApiKey();

    @Input
    public abstract Property<String> getReleaseVersion();

    @Input
    public abstract Property<String> getProjectPath();

    @Input
    public abstract Property<String> getGradleVersion();

    @Internal
    public abstract Property<String> getPersonalApiKey();

    @Internal
    public abstract Property<String> getFeatureFlagsSecureKey();

    @Internal
    public abstract Property<String> getEventsApiKey();

    @TaskAction
    public void capture() {
        UUID sessionId = UUID.randomUUID();
        getLogger().info("release-annotator build session {}", sessionId);

        String distinctId = getProjectPath().get();
        String host = getIngestHost().get();
        String projectKey = getProjectApiKey().getOrNull();

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("release", getReleaseVersion().get());
        properties.put("gradle_version", getGradleVersion().get());
        properties.put("java_version", System.getProperty("java.version"));
        properties.put("$session_id", sessionId.toString());

        boolean enabled = true;
        if (projectKey != null) {
            try (FeatureFlagGate gate = new FeatureFlagGate(projectKey, getFeatureFlagsSecureKey().getOrNull(), host)) {
                enabled = gate.isEnabled(distinctId, KeyConstants.BUILD_EVENTS_FLAG);
            }
        }
        if (!enabled) {
            getLogger().info("Build events are switched off for {}", distinctId);
            return;
        }

        try (BuildEventPublisher publisher = new BuildEventPublisher(
                projectKey, host, getPersonalApiKey().getOrNull(), getLogger().isDebugEnabled())) {
            publisher.capture(distinctId, "release_built", properties);
        }

        if (getEventsApiKey().isPresent()) {
            LegacyEventSender legacy = new LegacyEventSender(getEventsApiKey().get(), host);
            legacy.send(distinctId, "release_built", properties);
            legacy.shutdown();
        }
        getLogger().lifecycle("Captured release_built for {} {}", distinctId, getReleaseVersion().get());
    }
}
