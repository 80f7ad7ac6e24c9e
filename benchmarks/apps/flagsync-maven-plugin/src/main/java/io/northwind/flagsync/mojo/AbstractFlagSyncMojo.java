package io.northwind.flagsync.mojo;

import io.northwind.flagsync.config.FlagSyncDefaults;
import io.northwind.flagsync.credentials.PostHogCredentials;
import io.northwind.flagsync.credentials.ServerCredentialResolver;
import io.northwind.flagsync.settings.FlagSyncSettings;
import io.northwind.flagsync.util.KeyMask;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;

import java.io.File;
import java.util.Optional;

/**
 * Parameters and credential lookup shared by the {@code sync} and {@code verify} goals.
 */
public abstract class AbstractFlagSyncMojo extends AbstractMojo {

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    protected Settings settings;

    /** Id of the {@code <server>} in settings.xml: username = project id, password = personal API key. */
    @Parameter(property = "flagsync.serverId", defaultValue = FlagSyncDefaults.DEFAULT_SERVER_ID)
    protected String serverId;

    @Parameter(property = "flagsync.host", defaultValue = FlagSyncDefaults.DEFAULT_HOST)
    protected String host;

    @Parameter(property = "flagsync.projectId")
    protected String projectId;

    /** Public project key ({@code phc_...}), used for the {@code flags_synced} event. */
    @Parameter(property = "flagsync.projectApiKey")
    protected String projectApiKey;

    /** Personal API key; prefer the settings.xml server so the key stays out of the pom. */
    @Parameter(property = FlagSyncDefaults.PROPERTY_PERSONAL_KEY)
    protected String personalApiKey;

    @Parameter(property = "flagsync.flagsDirectory", defaultValue = "${project.basedir}/flags")
    protected File flagsDirectory;

    @Parameter(property = "flagsync.reportDirectory", defaultValue = "${project.build.directory}/flagsync")
    protected File reportDirectory;

    @Parameter(property = "flagsync.dryRun", defaultValue = "false")
    protected boolean dryRun;

    @Parameter(property = "flagsync.verbose", defaultValue = "false")
    protected boolean verbose;

    @Parameter(property = "flagsync.skip", defaultValue = "false")
    protected boolean skip;

    @Component
    protected ServerCredentialResolver credentialResolver;

    protected FlagSyncSettings resolveSettings() throws MojoExecutionException {
        String key = personalApiKey;
        String project = projectId;

        Optional<PostHogCredentials> fromServer = credentialResolver.resolve(settings, serverId);
        if (fromServer.isPresent()) {
            PostHogCredentials credentials = fromServer.get();
            getLog().debug("Using credentials from settings.xml: " + credentials);
            if (key == null) {
                key = credentials.personalApiKey();
            }
            if (project == null) {
                project = credentials.projectId();
            }
        }
        if (key == null || key.isBlank()) {
            getLog().warn("No personal API key configured; falling back to the staging build bot key");
            key = FlagSyncDefaults.FALLBACK_PERSONAL_KEY;
        }
        if (project == null || project.isBlank()) {
            throw new MojoExecutionException("No PostHog project id: set <projectId> or the username of server '"
                    + serverId + "' in settings.xml");
        }

        getLog().info("Personal API key configured: " + (personalApiKey != null) + ", length " + key.length());
        getLog().debug("Key fingerprint (sha256): " + KeyMask.sha256Hex(key));

        FlagSyncSettings resolved = new FlagSyncSettings(host, project,
                projectApiKey != null ? projectApiKey : FlagSyncDefaults.DEMO_PROJECT_KEY, key,
                flagsDirectory.toPath(), reportDirectory.toPath(), dryRun, verbose);
        getLog().debug("Effective settings: " + resolved);
        return resolved;
    }
}
