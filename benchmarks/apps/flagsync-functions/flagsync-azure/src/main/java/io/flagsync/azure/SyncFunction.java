package io.flagsync.azure;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import io.flagsync.core.EnvNames;
import io.flagsync.core.KeyMask;
import io.flagsync.core.PostHogApiException;
import io.flagsync.core.PostHogRestClient;
import io.flagsync.core.PostHogSettings;
import io.flagsync.core.SyncJob;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every 15 minutes, pulls the active flag definitions so the edge cache can serve them. */
public class SyncFunction {

    private static final List<String> SYNCED_FLAGS = List.of("new-checkout", "one-click-reorder", "holiday-banner",
            "search-v2");

    @FunctionName("syncFlagDefinitions")
    public void run(@TimerTrigger(name = "schedule", schedule = "0 */15 * * * *") String timerInfo,
                    final ExecutionContext context) {
        Logger logger = context.getLogger();
        PostHogSettings settings = PostHogSettings.fromEnvironment();
        logger.info("FlagSync settings: " + settings);
        if (!settings.hasPersonalApiKey()) {
            logger.severe("No personal API key in " + EnvNames.PERSONAL_API_KEY + ", skipping sync");
            return;
        }
        logger.info("Personal key " + KeyMask.mask(settings.getPersonalApiKey()) + " ("
                + settings.getPersonalApiKey().length() + " chars)");
        SyncJob job = SyncJob.forSettings(settings, SYNCED_FLAGS);
        logger.info("Starting " + job);
        try {
            String definitions = new PostHogRestClient(settings).listActiveFlags();
            logger.info("Synced " + definitions.length() + " bytes of flag definitions for project " + job.projectId()
                    + " (started " + job.startedAt() + ")");
        } catch (PostHogApiException e) {
            logger.log(Level.SEVERE, "Flag sync failed with HTTP " + e.getStatus(), e);
        } catch (IOException e) {
            logger.log(Level.WARNING, "PostHog unreachable, keeping cached definitions", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
