package com.northwind.exports.batch;

import com.posthog.java.PostHog;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

@Named("exportChunkListener")
@Dependent
public class ExportChunkListener extends AbstractChunkListener {

    private static final Logger LOG = Logger.getLogger(ExportChunkListener.class.getName());
    private static final String SERVICE_DISTINCT_ID = "svc:liberty-batch-exports";

    @Inject
    @ConfigProperty(name = "posthog.ingest-key")
    String ingestKey;

    @Inject
    @ConfigProperty(name = "posthog.host")
    String host;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    private PostHog tracker;

    @Override
    public void beforeChunk() throws Exception {
        if (tracker == null) {
            tracker = new PostHog.Builder(ingestKey).host(host).build();
        }
    }

    @Override
    public void afterChunk() throws Exception {
        Map<String, Object> props = baseProperties();
        for (Metric metric : stepContext.getMetrics()) {
            if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
                props.put("rows_written", metric.getValue());
            }
        }
        tracker.capture(SERVICE_DISTINCT_ID, "export_chunk_committed", props);
    }

    @Override
    public void onError(Exception ex) throws Exception {
        LOG.log(Level.SEVERE, "Chunk failed in " + jobContext.getJobName() + "/" + stepContext.getStepName()
                + ": " + ex.getMessage(), ex);
        if (tracker != null) {
            Map<String, Object> props = baseProperties();
            props.put("error", ex.getClass().getSimpleName());
            if (ex instanceof PostHogApiException apiError) {
                props.put("status", apiError.getStatus());
                props.put("rate_limited", apiError.isRateLimited());
            }
            tracker.capture(SERVICE_DISTINCT_ID, "export_chunk_failed", props);
        }
    }

    private Map<String, Object> baseProperties() {
        Map<String, Object> props = new HashMap<>();
        props.put("job", jobContext.getJobName());
        props.put("execution_id", jobContext.getExecutionId());
        props.put("step", stepContext.getStepName());
        props.put("customer_id", jobContext.getProperties().getProperty("customerId"));
        return props;
    }
}
