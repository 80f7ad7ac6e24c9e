package io.northwind.flagsync.settings;

import io.northwind.flagsync.util.KeyMask;

import java.nio.file.Path;

/**
 * Everything a goal needs once the pom parameters and settings.xml have been merged.
 * Built once per execution by {@code AbstractFlagSyncMojo#resolveSettings()}.
 */
public final class FlagSyncSettings {

    private final String host;
    private final String projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final Path flagsDirectory;
    private final Path reportDirectory;
    private final boolean dryRun;
    private final boolean verbose;

    public FlagSyncSettings(String host, String projectId, String projectApiKey, String personalApiKey,
                            Path flagsDirectory, Path reportDirectory, boolean dryRun, boolean verbose) {
        this.host = host;
        this.projectId = projectId;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.flagsDirectory = flagsDirectory;
        this.reportDirectory = reportDirectory;
        this.dryRun = dryRun;
        this.verbose = verbose;
    }

    public String getHost() {
        return host;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public Path getFlagsDirectory() {
        return flagsDirectory;
    }

    public Path getReportDirectory() {
        return reportDirectory;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public boolean isVerbose() {
        return verbose;
    }

    @Override
    public String toString() {
        return "FlagSyncSettings{host=" + host
                + ", projectId=" + projectId
                + ", personalApiKey=" + KeyMask.mask(personalApiKey)
                + ", flagsDirectory=" + flagsDirectory
                + ", dryRun=" + dryRun + "}";
    }
}
