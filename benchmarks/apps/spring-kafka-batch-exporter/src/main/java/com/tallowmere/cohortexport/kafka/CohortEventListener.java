package com.tallowmere.cohortexport.kafka;

import com.tallowmere.cohortexport.analytics.ExportAnalytics;
import com.tallowmere.cohortexport.config.ExportProperties;
import com.tallowmere.cohortexport.dto.CohortExportRequest;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

@Component
public class CohortEventListener {

    private static final Logger log = LoggerFactory.getLogger(CohortEventListener.class);

    private final JobLauncher jobLauncher;
    private final Job cohortExportJob;
    private final KafkaTemplate<String, Object> kafkaTemplate;
    private final ExportAnalytics analytics;
    private final ExportProperties.Topics topics;
    private final Set<String> acceptedExportTokens;

    public CohortEventListener(JobLauncher jobLauncher,
                               Job cohortExportJob,
                               KafkaTemplate<String, Object> kafkaTemplate,
                               ExportAnalytics analytics,
                               ExportProperties exportProperties,
                               @Value("${export.accepted-tokens:}") Set<String> acceptedExportTokens) {
        this.jobLauncher = jobLauncher;
        this.cohortExportJob = cohortExportJob;
        this.kafkaTemplate = kafkaTemplate;
        this.analytics = analytics;
        this.topics = exportProperties.kafka().topics();
        this.acceptedExportTokens = acceptedExportTokens;
    }

    @KafkaListener(topics = "${export.kafka.topics.cohort-requests}", groupId = "cohort-exporter")
    public void onExportRequest(@Payload CohortExportRequest request,
                                @Header(name = "x-export-token", required = false) String exportToken,
                                @Header(KafkaHeaders.RECEIVED_PARTITION) int partition) throws Exception {
        MDC.put("cohortId", String.valueOf(request.cohortId()));
        MDC.put("exportToken", exportToken);
        try {
            log.info("Export request for cohort {} by {} (tokenType={}, sessionId={}, partition={})",
                    request.cohortName(), request.requestedBy(), request.tokenType(), request.sessionId(),
                    partition);
            if (exportToken == null || !acceptedExportTokens.contains(exportToken)) {
                log.warn("Rejecting export of cohort {}: token '{}' is not accepted", request.cohortId(),
                        exportToken);
                return;
            }

            analytics.jobStarted(request.cohortId(), request.requestedBy());
            JobParameters params = new JobParametersBuilder()
                    .addLong("cohortId", request.cohortId())
                    .addString("requestedBy", request.requestedBy())
                    .addLong("ts", System.currentTimeMillis())
                    .toJobParameters();
            JobExecution execution = jobLauncher.run(cohortExportJob, params);

            long written = execution.getStepExecutions().stream().mapToLong(s -> s.getWriteCount()).sum();
            analytics.jobFinished(request.cohortId(), execution.getStatus().name(), written);
            kafkaTemplate.send(topics.cohortCompleted(), String.valueOf(request.cohortId()),
                    Map.of("cohortId", request.cohortId(),
                            "status", execution.getStatus().name(),
                            "members", written));
        } finally {
            MDC.clear();
        }
    }
}
