package com.acme.flags.gradle;

import com.acme.flags.common.CredentialsLoader;
import com.acme.flags.common.PostHogCredentials;
import com.android.build.api.variant.AndroidComponentsExtension;
import com.android.build.api.variant.BuildConfigField;
import org.gradle.api.Plugin;
import org.gradle.api.Project;
import org.gradle.api.provider.ProviderFactory;

/**
 * {@code id 'com.acme.posthog-flags'}: syncs flag definitions and wires PostHog keys into Android builds.
 */
public class PostHogFlagsPlugin implements Plugin<Project> {

    @Override
    public void apply(Project project) {
        PostHogFlagsExtension ext = project.getExtensions().create("posthogFlags", PostHogFlagsExtension.class);
        ProviderFactory providers = project.getProviders();

        PostHogCredentials creds = new CredentialsLoader().load(project.getProperties());
        project.getLogger().lifecycle("posthog-flags: using {}", creds);

        ext.getHost().convention(providers.gradleProperty("posthog.host")
                .orElse(providers.environmentVariable("POSTHOG_HOST"))
                .orElse(creds.getHost()));
        ext.getProjectId().convention(providers.gradleProperty("posthog.projectId")
                .orElse(providers.provider(creds::getProjectId)));
        ext.getProjectApiKey().convention(providers.gradleProperty("posthog.projectApiKey")
                .orElse(providers.provider(creds::getProjectApiKey)));
        ext.getPersonalApiKey().convention(providers.gradleProperty("posthog.personalApiKey")
                .orElse(providers.environmentVariable("POSTHOG_PERSONAL_API_KEY"))
                .orElse(providers.provider(creds::getPersonalApiKey)));
        ext.getSecureApiKey().convention(providers.environmentVariable("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"));
        ext.getInjectBuildConfig().convention(true);
        ext.getReportSync().convention(false);
        ext.getOutputDirectory().convention(project.getLayout().getBuildDirectory().dir("posthog"));

        project.getTasks().register("syncPostHogFlags", SyncFlagsTask.class, task -> {
            task.setGroup("posthog");
            task.setDescription("Downloads PostHog feature flag definitions into build/posthog/flags.json.");
            task.getHost().set(ext.getHost());
            task.getProjectId().set(ext.getProjectId());
            task.getProjectApiKey().set(ext.getProjectApiKey());
            task.getPersonalApiKey().set(ext.getPersonalApiKey());
            task.getSecureApiKey().set(ext.getSecureApiKey());
            task.getReportSync().set(ext.getReportSync());
            task.getOutputFile().set(ext.getOutputDirectory().file("flags.json"));
        });

        project.getPluginManager().withPlugin("com.android.application", plugin -> configureAndroid(project, ext));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void configureAndroid(Project project, PostHogFlagsExtension ext) {
        AndroidComponentsExtension components = project.getExtensions().getByType(AndroidComponentsExtension.class);
        components.onVariants(components.selector().all(), variant -> {
            if (!ext.getInjectBuildConfig().get()) {
                return;
            }
            com.android.build.api.variant.Variant v = (com.android.build.api.variant.Variant) variant;
            v.getBuildConfigFields().put("POSTHOG_HOST", new BuildConfigField<>("String", quote(ext.getHost().get()), "PostHog host"));
            v.getBuildConfigFields().put("POSTHOG_PROJECT_API_KEY", new BuildConfigField<>("String", quote(ext.getProjectApiKey().get()), "PostHog project API key"));
            // the in-app "flag inspector" screen lists all flags, which needs the personal key
            v.getBuildConfigFields().put("POSTHOG_PERSONAL_API_KEY", new BuildConfigField<>("String", quote(ext.getPersonalApiKey().get()), "flag inspector"));
        });
    }

    private static String quote(String value) {
        return "\"" + value + "\"";
    }
}
