package com.northwind.flags.worker;

import com.northwind.flags.config.PostHogProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
@ExternalTaskSubscription(topicName = "flag-audit", lockDuration = 30000)
public class FlagAuditWorker implements ExternalTaskHandler {

    private static final Logger log = LoggerFactory.getLogger(FlagAuditWorker.class);

    private final PostHogProperties props;
    private final AtomicLong auditSequence = new AtomicLong();

    @Value("${camunda.bpm.client.basic-auth.password}")
    private String clientPassword;

    public FlagAuditWorker(PostHogProperties props) {
        this.props = props;
    }

    @Override
    public void execute(ExternalTask externalTask, ExternalTaskService externalTaskService) {
        String flagKey = externalTask.getVariable("flagKey");
        Boolean flagActive = externalTask.getVariable("flagActive");
        long sessionId = auditSequence.incrementAndGet();
        log.info("Audit session {} for task {} (flag {})", sessionId, externalTask.getId(), flagKey);

        String personalKey = props.getPersonalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            externalTaskService.handleFailure(externalTask, "PostHog personal key missing",
                    "set POSTHOG_PERSONAL_API_KEY", 0, 0L);
            return;
        }
        log.debug("Audit key fingerprint {}", sha256Hash(personalKey));

        System.out.println("[flag-audit] " + externalTask.getProcessInstanceId()
                + " audited with personal key " + personalKey);
        log.debug("External task client authenticates as {} / {}", externalTask.getWorkerId(), clientPassword);

        externalTaskService.complete(externalTask, Map.of(
                "auditedBy", externalTask.getWorkerId(),
                "auditSequence", sessionId,
                "auditOutcome", Boolean.TRUE.equals(flagActive) ? "ACTIVE" : "INACTIVE"));
    }

    private static String sha256Hash(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            return "n/a";
        }
    }
}
