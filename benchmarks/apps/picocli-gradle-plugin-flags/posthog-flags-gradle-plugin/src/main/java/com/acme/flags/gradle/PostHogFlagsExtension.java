package com.acme.flags.gradle;

import org.gradle.api.file.DirectoryProperty;
import org.gradle.api.provider.Property;

/**
 * The {@code posthogFlags { }} block.
 */
public abstract class PostHogFlagsExtension {

    public abstract Property<String> getHost();

    public abstract Property<String> getProjectId();

    /** Public project key (phc_...). */
    public abstract Property<String> getProjectApiKey();

    /** Personal API key (phx_...), needed to read flag definitions. */
    public abstract Property<String> getPersonalApiKey();

    /** Feature-flags secure API key (phs_...). */
    public abstract Property<String> getSecureApiKey();

    /** Whether to add PostHog keys as BuildConfig fields to Android variants. */
    public abstract Property<Boolean> getInjectBuildConfig();

    /** Capture a "flags_synced" event after each sync. */
    public abstract Property<Boolean> getReportSync();

    public abstract DirectoryProperty getOutputDirectory();
}
