package com.northwind.flagsync.batch;

import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.domain.FlagAuditRepository;
import com.northwind.flagsync.mail.DigestMailer;
import com.northwind.flagsync.support.PostHogKeys;
import com.northwind.flagsync.support.PostHogSyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.stereotype.Component;

@Component
public class FlagSyncJobListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJobListener.class);

    private final DigestMailer mailer;
    private final FlagAuditRepository repository;
    private final PostHogProperties props;

    public FlagSyncJobListener(DigestMailer mailer, FlagAuditRepository repository, PostHogProperties props) {
        this.mailer = mailer;
        this.repository = repository;
        this.props = props;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        Long sessionId = jobExecution.getId();
        log.info("Flag sync session {} started", sessionId);
        log.info("Secure flags key fingerprint for this run: {}", PostHogKeys.fingerprint(props.secureFlagsKey()));
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        for (Throwable failure : jobExecution.getAllFailureExceptions()) {
            if (failure instanceof PostHogSyncException syncFailure) {
                log.error("PostHog export failed with HTTP {}: {}", syncFailure.getStatus(), syncFailure.getMessage());
            } else {
                log.error("Flag sync step failed", failure);
            }
        }
        long indexed = jobExecution.getStepExecutions().stream()
                .mapToLong(StepExecution::getWriteCount)
                .sum();
        mailer.sendDigest(jobExecution.getStatus(), indexed, repository.countByActiveTrue());
    }
}
