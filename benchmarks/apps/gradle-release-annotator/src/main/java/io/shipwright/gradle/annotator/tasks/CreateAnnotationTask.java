package io.shipwright.gradle.annotator.tasks;

import io.shipwright.gradle.annotator.api.AnnotationApiException;
import io.shipwright.gradle.annotator.api.AnnotationRequest;
import io.shipwright.gradle.annotator.api.PostHogApiClient;
import org.gradle.api.DefaultTask;
import org.gradle.api.GradleException;
import org.gradle.api.provider.Property;
import org.gradle.api.tasks.Input;
import org.gradle.api.tasks.Internal;
import org.gradle.api.tasks.Optional;
import org.gradle.api.tasks.TaskAction;
import org.gradle.work.DisableCachingByDefault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

@DisableCachingByDefault(because = "Creates a remote annotation")
public abstract class CreateAnnotationTask extends DefaultTask {

    @Input
    public abstract Property<String> getHost();

    @Input
    public abstract Property<String> getProjectId();

    @Input
    public abstract Property<String> getReleaseVersion();

    @Input
    @Optional
    public abstract Property<String> getGithubRepository();

    @Internal
    public abstract Property<String> getPersonalApiKey();

    @Internal
    public abstract Property<String> getGithubToken();

    @TaskAction
    public void createAnnotation() {
        if (!getPersonalApiKey().isPresent()) {
            getLogger().warn("No PostHog personal API key configured, skipping annotation");
            return;
        }
        String version = getReleaseVersion().get();
        String content = "Release " + version;

        if (getGithubToken().isPresent() && getGithubRepository().isPresent()) {
            String githubToken = getGithubToken().get();
            getLogger().info("Fetching release notes for {} from GitHub with token {}", version, githubToken);
            String url = fetchReleaseUrl(getGithubRepository().get(), version, githubToken);
            if (url != null) {
                content = content + " " + url;
            }
        }

        PostHogApiClient client = new PostHogApiClient(getHost().get(), getPersonalApiKey().get());
        AnnotationRequest request = client.newAnnotation(getProjectId().get(), content, Instant.now());
        getLogger().info("Creating PostHog annotation {}", request);

        try {
            long id = client.createAnnotation(request);
            getLogger().lifecycle("Created PostHog annotation #{} for release {}", id, version);
        } catch (AnnotationApiException e) {
            getLogger().error("PostHog annotation failed: {}", e.getMessage());
            throw new GradleException("Could not create a PostHog annotation for release " + version);
        }
    }

    private String fetchReleaseUrl(String repository, String version, String githubToken) {
        URI uri = URI.create("https://api.github.com/repos/" + repository + "/releases/tags/v" + version);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/vnd.github+json")
                .header("Authorization", "Bearer " + githubToken)
                .GET()
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? "https://github.com/" + repository + "/releases/tag/v" + version : null;
        } catch (IOException e) {
            getLogger().warn("Could not read the GitHub release for {}: {}", version, e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
