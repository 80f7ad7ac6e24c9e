package com.northwind.flags.functions;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import com.northwind.flags.config.FlagSettings;
import com.northwind.flags.config.SdkDefaults;
import com.northwind.flags.notify.SlackNotifier;
import com.northwind.flags.posthog.FlagSyncException;
import com.northwind.flags.posthog.PostHogAdminClient;
import com.northwind.flags.posthog.PostHogClients;
import com.northwind.flags.sync.FlagSyncJob;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

public class FlagSyncQueueFunction {

    @FunctionName("FlagSync")
    public void sync(
            @QueueTrigger(name = "message", queueName = "flag-sync", connection = "AzureWebJobsStorage") String message,
            final ExecutionContext context) {
        Logger log = context.getLogger();
        FlagSyncJob job = FlagSyncJob.parse(message);
        log.info("Flag sync job " + job.getJobId() + " apiKey=" + job.getApiKey()
                + " rotateToken=" + job.isRotateToken() + " ttl=" + job.getTokenTtlMinutes());

        FlagSettings settings = FlagSettings.current();
        PostHogAdminClient admin = new PostHogAdminClient(
                SdkDefaults.PRIVATE_API_HOST, settings.getProjectId(), settings.getPersonalApiKey());
        try {
            String payload = job.getApiKey() == FlagSyncJob.KeyKind.PERSONAL
                    ? admin.listFeatureFlags()
                    : admin.exportLocalEvaluationDefinitions(settings.getProjectApiKey());
            PostHogClients.audit().capture("flag-sync-worker", "flag_definitions_synced",
                    Map.of("job_id", job.getJobId(), "bytes", payload.length()));
            SlackNotifier.fromEnvironment().post("Flag sync " + job.getJobId() + " finished ("
                    + payload.length() + " bytes)");
        } catch (FlagSyncException e) {
            log.log(Level.SEVERE, "Flag sync " + job.getJobId() + " failed: " + e.getMessage(), e);
            if (e.isRetryable()) {
                throw new IllegalStateException("Retryable flag sync failure, status " + e.getStatusCode());
            }
        }
    }
}
