package com.northwind.rollout.messaging;

import com.northwind.rollout.domain.IntegrationCredential;
import com.northwind.rollout.domain.IntegrationCredentialRepository;
import com.northwind.rollout.service.LocalEvaluationRegistry;
import com.northwind.rollout.support.PostHogKeys;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/**
 * The secrets-rotation job publishes a new PostHog personal API key per project
 * every 30 days; we keep the per-project copy used for local flag evaluation.
 */
@Component
@RequiredArgsConstructor
@Slf4j
public class KeyRotationListener {

    public record PersonalKeyRotated(String projectId, String personalApiKey, String rotatedBy, Instant rotatedAt) {
    }

    private final IntegrationCredentialRepository credentials;
    private final LocalEvaluationRegistry evaluationRegistry;

    @RabbitListener(queues = "${rollout.broker.rotation-queue}")
    @Transactional
    public void onKeyRotated(PersonalKeyRotated event) {
        log.info("Rotating PostHog personal key for project {} -> {}",
                event.projectId(), PostHogKeys.mask(event.personalApiKey()));
        try {
            IntegrationCredential credential = credentials.findByProjectId(event.projectId())
                    .orElseGet(() -> IntegrationCredential.forProject(event.projectId()));
            credential.setPersonalApiKey(event.personalApiKey());
            credential.setRotatedAt(event.rotatedAt());
            credentials.save(credential);
            log.info("Stored rotated credential {}", credential);
        } catch (DataAccessException ex) {
            log.error("Could not persist key rotation " + event, ex);
            throw new AmqpRejectAndDontRequeueException("Key rotation failed for project " + event.projectId(), ex);
        }
        evaluationRegistry.evict(event.projectId());
    }
}
