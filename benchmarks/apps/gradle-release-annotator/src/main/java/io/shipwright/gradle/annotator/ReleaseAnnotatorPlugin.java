package io.shipwright.gradle.annotator;

import io.shipwright.gradle.annotator.tasks.CaptureBuildEventTask;
import io.shipwright.gradle.annotator.tasks.CreateAnnotationTask;
import io.shipwright.gradle.annotator.tasks.GenerateReleaseInfoTask;
import io.shipwright.gradle.annotator.tasks.VerifyPostHogSetupTask;
import org.gradle.api.Plugin;
import org.gradle.api.Project;
import org.gradle.api.logging.Logger;
import org.gradle.api.plugins.JavaPlugin;
import org.gradle.api.provider.ProviderFactory;
import org.gradle.api.tasks.SourceSet;
import org.gradle.api.tasks.SourceSetContainer;
import org.gradle.api.tasks.TaskProvider;

public class ReleaseAnnotatorPlugin implements Plugin<Project> {

    public static final String EXTENSION_NAME = "releaseAnnotator";
    public static final String TASK_GROUP = "release";

    @Override
    public void apply(Project project) {
        ProviderFactory providers = project.getProviders();
        Logger logger = project.getLogger();

        ReleaseAnnotatorExtension extension =
                project.getExtensions().create(EXTENSION_NAME, ReleaseAnnotatorExtension.class);
        PostHogCredentials credentials = PostHogCredentials.resolve(providers);

        extension.getHost().convention(providers.gradleProperty("posthog.host")
                .orElse(providers.environmentVariable("POSTHOG_HOST"))
                .orElse(KeyConstants.US_APP_HOST));
        extension.getIngestHost().convention(providers.gradleProperty("posthog.ingestHost")
                .orElse(KeyConstants.US_INGEST_HOST));
        extension.getProjectId().convention(providers.gradleProperty("posthog.projectId")
                .orElse(providers.environmentVariable("POSTHOG_PROJECT_ID")));
        extension.getProjectApiKey().convention(providers.gradleProperty("posthog.projectApiKey")
                .orElse(providers.environmentVariable("POSTHOG_API_KEY")));
        extension.getPersonalApiKey().convention(credentials.personalApiKey());
        extension.getFeatureFlagsSecureKey().convention(credentials.featureFlagsSecureKey());
        extension.getEventsApiKey().convention(providers.gradleProperty("posthog.eventsApiKey"));
        extension.getReleaseVersion().convention(project.provider(() -> String.valueOf(project.getVersion())));
        extension.getCaptureBuildEvents().convention(true);
        extension.getGenerateReleaseInfo().convention(false);
        extension.getGeneratedPackage().convention(project.provider(() -> project.getGroup() + ".release"));
        extension.getGeneratedSourcesDir().convention(
                project.getLayout().getBuildDirectory().dir("generated/sources/releaseInfo/java/main"));
        extension.getGeneratedResourcesDir().convention(
                project.getLayout().getBuildDirectory().dir("generated/resources/releaseInfo"));

        if (credentials.hasPersonalApiKey()) {
            logger.info("release-annotator: using personal API key {}", PostHogCredentials.mask(credentials.personalApiKey()));
            logger.debug("release-annotator: credentials personalApiKey={} featureFlagsSecureKey={}",
                    credentials.personalApiKey(), credentials.featureFlagsSecureKey());
        } else {
            logger.warn("release-annotator: set {} or {} to enable release annotations",
                    PostHogCredentials.PERSONAL_KEY_PROPERTY, PostHogCredentials.PERSONAL_KEY_ENV);
        }

        project.getTasks().register("createReleaseAnnotation", CreateAnnotationTask.class, task -> {
            task.setGroup(TASK_GROUP);
            task.setDescription("Creates a PostHog annotation for the current release.");
            task.getHost().set(extension.getHost());
            task.getProjectId().set(extension.getProjectId());
            task.getReleaseVersion().set(extension.getReleaseVersion());
            task.getPersonalApiKey().set(extension.getPersonalApiKey());
            task.getGithubToken().set(providers.environmentVariable("GITHUB_TOKEN"));
            task.getGithubRepository().set(providers.environmentVariable("GITHUB_REPOSITORY"));
        });

        project.getTasks().register("captureBuildEvent", CaptureBuildEventTask.class, task -> {
            task.setGroup(TASK_GROUP);
            task.setDescription("Sends a release_built event to PostHog.");
            task.onlyIf(t -> extension.getCaptureBuildEvents().get());
            task.getIngestHost().set(extension.getIngestHost());
            task.getProjectApiKey().set(extension.getProjectApiKey());
            task.getPersonalApiKey().set(extension.getPersonalApiKey());
            task.getFeatureFlagsSecureKey().set(extension.getFeatureFlagsSecureKey());
            task.getEventsApiKey().set(extension.getEventsApiKey());
            task.getReleaseVersion().set(extension.getReleaseVersion());
            task.getProjectPath().set(project.getPath());
            task.getGradleVersion().set(project.getGradle().getGradleVersion());
        });

        project.getTasks().register("verifyPostHogSetup", VerifyPostHogSetupTask.class, task -> {
            task.setGroup(TASK_GROUP);
            task.setDescription("Checks that the configured PostHog keys can reach the project.");
            task.getHost().set(extension.getHost());
            task.getIngestHost().set(extension.getIngestHost());
            task.getProjectId().set(extension.getProjectId());
            task.getProjectApiKey().set(extension.getProjectApiKey());
            task.getPersonalApiKey().set(extension.getPersonalApiKey());
        });

        TaskProvider<GenerateReleaseInfoTask> generate =
                project.getTasks().register("generateReleaseInfo", GenerateReleaseInfoTask.class, task -> {
                    task.setGroup(TASK_GROUP);
                    task.setDescription("Generates ReleaseInfo.java and the release dashboard script.");
                    task.onlyIf(t -> extension.getGenerateReleaseInfo().get());
                    task.getPackageName().set(extension.getGeneratedPackage());
                    task.getReleaseVersion().set(extension.getReleaseVersion());
                    task.getHost().set(extension.getHost());
                    task.getProjectId().set(extension.getProjectId());
                    task.getProjectApiKey().set(extension.getProjectApiKey());
                    task.getPersonalApiKey().set(extension.getPersonalApiKey());
                    task.getOutputDir().set(extension.getGeneratedSourcesDir());
                    task.getResourcesDir().set(extension.getGeneratedResourcesDir());
                });

        project.getPlugins().withType(JavaPlugin.class, javaPlugin -> {
            SourceSetContainer sourceSets = project.getExtensions().getByType(SourceSetContainer.class);
            SourceSet main = sourceSets.getByName(SourceSet.MAIN_SOURCE_SET_NAME);
            main.getJava().srcDir(generate.flatMap(GenerateReleaseInfoTask::getOutputDir));
            main.getResources().srcDir(generate.flatMap(GenerateReleaseInfoTask::getResourcesDir));
        });
    }
}
