package io.shipwright.gradle.annotator.tasks;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.shipwright.gradle.annotator.KeyConstants;
import io.shipwright.gradle.annotator.api.AnnotationApiException;
import io.shipwright.gradle.annotator.api.PostHogApiClient;
import org.gradle.api.DefaultTask;
import org.gradle.api.GradleException;
import org.gradle.api.provider.Property;
import org.gradle.api.tasks.Input;
import org.gradle.api.tasks.Internal;
import org.gradle.api.tasks.Optional;
import org.gradle.api.tasks.TaskAction;
import org.gradle.work.DisableCachingByDefault;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

@DisableCachingByDefault(because = "Checks remote configuration")
public abstract class VerifyPostHogSetupTask extends DefaultTask {

    @Input
    public abstract Property<String> getHost();

    @Input
    public abstract Property<String> getIngestHost();

    @Input
    public abstract Property<String> getProjectId();

    @Input
    @Optional
    public abstract Property<String> getProjectApiKey();

    @Internal
    public abstract Property<String> getPersonalApiKey();

    @TaskAction
    public void verify() {
        if (!getPersonalApiKey().isPresent()) {
            throw new GradleException("No personal API key: set posthog.personalApiKey or POSTHOG_PERSONAL_API_KEY");
        }
        String personalKey = getPersonalApiKey().get();
        String host = getHost().get();
        String projectId = getProjectId().get();

        getLogger().lifecycle("Personal API key length: {}", personalKey.length());
        getLogger().lifecycle("Personal API key fingerprint: {}", sha256Digest(personalKey));

        PostHogApiClient client = new PostHogApiClient(host, personalKey);
        int status;
        try {
            status = client.verifyProjectAccess(projectId);
        } catch (AnnotationApiException e) {
            throw new GradleException("Could not reach " + host, e);
        }
        if (status == 200) {
            getLogger().lifecycle("Personal API key can read project {}", projectId);
        } else {
            getLogger().lifecycle("PostHog returned HTTP {}. Try it in a browser: {}/api/projects/{}/?personal_api_key={}",
                    status, host, projectId, personalKey);
        }

        if (getProjectApiKey().isPresent()) {
            PostHogConfig config = PostHogConfig.builder(getProjectApiKey().get()).host(getIngestHost().get()).personalApiKey(personalKey).localEvaluation(true).debug(true).build();
            PostHogInterface posthog = PostHog.with(config);
            try {
                Object value = posthog.getFeatureFlag(getPath(), KeyConstants.BUILD_EVENTS_FLAG, "control");
                getLogger().lifecycle("Local evaluation of {} returned {}", KeyConstants.BUILD_EVENTS_FLAG, value);
            } finally {
                posthog.close();
            }
        }
    }

    private static String sha256Digest(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
