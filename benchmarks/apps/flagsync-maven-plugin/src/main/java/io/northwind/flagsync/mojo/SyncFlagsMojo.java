package io.northwind.flagsync.mojo;

import io.northwind.flagsync.FlagSyncService;
import io.northwind.flagsync.client.FlagApiException;
import io.northwind.flagsync.model.SyncReport;
import io.northwind.flagsync.report.ReportWriter;
import io.northwind.flagsync.sdk.SyncEventPublisher;
import io.northwind.flagsync.settings.FlagSyncSettings;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Creates or updates the PostHog feature flags declared under {@code flags/}.
 */
@Mojo(name = "sync", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class SyncFlagsMojo extends AbstractFlagSyncMojo {

    @Component
    private FlagSyncService syncService;

    @Component
    private ReportWriter reportWriter;

    @Component
    private SyncEventPublisher eventPublisher;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("flagsync:sync skipped");
            return;
        }
        FlagSyncSettings resolved = resolveSettings();
        try {
            SyncReport report = syncService.sync(resolved);
            Path html = reportWriter.write(resolved, report);
            getLog().info(String.format("Flags: %d created, %d updated, %d unchanged%s (report: %s)",
                    report.created().size(), report.updated().size(), report.unchanged().size(),
                    resolved.isDryRun() ? " [dry run]" : "", html));
            if (!resolved.isDryRun()) {
                eventPublisher.publish(resolved, report, System.getProperty("user.name"));
            }
        } catch (FlagApiException e) {
            throw new MojoFailureException("PostHog API call failed with HTTP " + e.getStatus()
                    + "; re-run with -Dflagsync.verbose for details");
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read flags or write the report", e);
        }
    }
}
