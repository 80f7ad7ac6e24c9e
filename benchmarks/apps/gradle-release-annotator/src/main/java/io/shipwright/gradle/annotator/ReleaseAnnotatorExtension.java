package io.shipwright.gradle.annotator;

import org.gradle.api.file.DirectoryProperty;
import org.gradle.api.provider.Property;

/**
 * The {@code releaseAnnotator { }} block.
 */
public abstract class ReleaseAnnotatorExtension {

    public abstract Property<String> getHost();

    public abstract Property<String> getIngestHost();

    public abstract Property<String> getProjectId();

    public abstract Property<String> getProjectApiKey();

    public abstract Property<String> getPersonalApiKey();

    public abstract Property<String> getFeatureFlagsSecureKey();

    public abstract Property<String> getEventsApiKey();

    public abstract Property<String> getReleaseVersion();

    public abstract Property<Boolean> getCaptureBuildEvents();

    public abstract Property<Boolean> getGenerateReleaseInfo();

    public abstract Property<String> getGeneratedPackage();

    public abstract DirectoryProperty getGeneratedSourcesDir();

    public abstract DirectoryProperty getGeneratedResourcesDir();
}
