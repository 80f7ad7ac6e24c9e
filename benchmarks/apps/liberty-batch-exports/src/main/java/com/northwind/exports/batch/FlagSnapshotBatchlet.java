package com.northwind.exports.batch;

import com.northwind.exports.analytics.PostHogKeys;
import com.northwind.exports.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

@Named("flagSnapshotBatchlet")
@Dependent
public class FlagSnapshotBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(FlagSnapshotBatchlet.class.getName());
    private static final List<String> FLAGS = List.of("usage-export-v2", "export-format", "partner-sftp");

    @Inject
    PostHogSettings settings;

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty(name = "distinctIds")
    String distinctIds;

    @Inject
    @BatchProperty(name = "outputDir")
    String outputDir;

    private volatile boolean stopped;

    @Override
    public String process() throws Exception {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .build();
        if (settings.hasFlagsSecureKey()) {
            String secureKey = settings.getFlagsSecureKey();
            LOG.fine("Local evaluation with secure key of length " + secureKey.length());
            System.out.println("flag-snapshot " + jobContext.getExecutionId() + " evaluating locally with " + secureKey);
            config.setPersonalApiKey(secureKey);
            config.setLocalEvaluation(true);
            config.setDebug(true);
        } else {
            config.setPersonalApiKey(PostHogKeys.PROJECT_API_KEY);
        }

        PostHogInterface posthog = PostHog.with(config);
        List<String> lines = new ArrayList<>();
        lines.add("distinct_id," + String.join(",", FLAGS));
        try {
            for (String distinctId : distinctIds.split(",")) {
                if (stopped) {
                    return BatchStatus.STOPPED.name();
                }
                StringBuilder line = new StringBuilder(distinctId.trim());
                for (String flag : FLAGS) {
                    Object value = posthog.getFeatureFlag(distinctId.trim(), flag, "off");
                    line.append(',').append(value);
                }
                lines.add(line.toString());
            }
        } finally {
            posthog.close();
        }

        Path dir = Files.createDirectories(Path.of(outputDir));
        Path out = dir.resolve("flags-" + jobContext.getExecutionId() + ".csv");
        Files.write(out, lines, StandardCharsets.UTF_8);
        LOG.info("Wrote " + (lines.size() - 1) + " flag snapshots to " + out);
        return "COMPLETED";
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
