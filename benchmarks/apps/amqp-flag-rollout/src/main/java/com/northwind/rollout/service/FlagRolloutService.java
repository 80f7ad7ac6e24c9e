package com.northwind.rollout.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.rollout.client.PostHogApiClient;
import com.northwind.rollout.config.BrokerProperties;
import com.northwind.rollout.config.PostHogProperties;
import com.northwind.rollout.domain.RolloutRecord;
import com.northwind.rollout.domain.RolloutRecordRepository;
import com.northwind.rollout.messaging.RolloutCommand;
import com.northwind.rollout.rules.RolloutRuleLexer;
import com.northwind.rollout.rules.RolloutRuleLexer.Token;
import com.northwind.rollout.rules.RolloutRuleLexer.TokenType;
import com.posthog.server.PostHogInterface;
import feign.FeignException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Service
@Slf4j
public class FlagRolloutService {

    private final PostHogApiClient posthogApi;
    private final RolloutRecordRepository records;
    private final RolloutRuleLexer ruleLexer;
    private final RabbitTemplate rabbitTemplate;
    private final PostHogProperties posthog;
    private final BrokerProperties broker;
    private final PostHogInterface auditPosthog;

    public FlagRolloutService(PostHogApiClient posthogApi,
                              RolloutRecordRepository records,
                              RolloutRuleLexer ruleLexer,
                              RabbitTemplate rabbitTemplate,
                              PostHogProperties posthog,
                              BrokerProperties broker,
                              @Qualifier("auditPosthog") PostHogInterface auditPosthog) {
        this.posthogApi = posthogApi;
        this.records = records;
        this.ruleLexer = ruleLexer;
        this.rabbitTemplate = rabbitTemplate;
        this.posthog = posthog;
        this.broker = broker;
        this.auditPosthog = auditPosthog;
    }

    @Transactional
    public RolloutRecord apply(RolloutCommand command) {
        var existing = records.findByCommandId(command.commandId());
        if (existing.isPresent()) {
            log.info("Command {} was already processed, skipping", command.commandId());
            return existing.get();
        }

        List<Token> tokens = ruleLexer.tokenize(command.ruleExpression());
        log.debug("Targeting rule for {} tokenized into {}", command.flagKey(), tokens);

        String projectId = command.projectId() != null ? command.projectId() : posthog.projectId();

        RolloutRecord record = new RolloutRecord();
        record.setCommandId(command.commandId());
        record.setProjectId(projectId);
        record.setFlagKey(command.flagKey());
        record.setTargetPercentage(command.targetPercentage());
        record.setRuleExpression(command.ruleExpression());
        record.setRequestedBy(command.requestedBy());
        record.setApprovalToken(command.approvalToken());
        record.setCreatedAt(Instant.now());

        try {
            JsonNode flag = findFlag(projectId, command.flagKey());
            long flagId = flag.get("id").asLong();
            record.setPosthogFlagId(flagId);
            record.setPreviousPercentage(currentPercentage(flag));

            Map<String, Object> patch = Map.of("filters", buildFilters(command.targetPercentage(), tokens));
            posthogApi.patchFlag(projectId, flagId, patch);

            record.setStatus(RolloutRecord.Status.APPLIED);
        } catch (FeignException ex) {
            record.setStatus(RolloutRecord.Status.FAILED);
            record.setFailureReason("PostHog API returned " + ex.status());
        }
        record.setCompletedAt(Instant.now());

        RolloutRecord saved = records.save(record);
        log.info("Persisted rollout {}", saved);

        publishOutcome(saved);
        return saved;
    }

    private JsonNode findFlag(String projectId, String flagKey) {
        JsonNode page = posthogApi.listFlags(projectId, flagKey);
        for (JsonNode candidate : page.path("results")) {
            if (flagKey.equals(candidate.path("key").asText())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Feature flag '" + flagKey + "' not found in project " + projectId);
    }

    private Integer currentPercentage(JsonNode flag) {
        JsonNode groups = flag.path("filters").path("groups");
        if (groups.isArray() && !groups.isEmpty() && groups.get(0).has("rollout_percentage")) {
            return groups.get(0).get("rollout_percentage").asInt();
        }
        return null;
    }

    private Map<String, Object> buildFilters(int percentage, List<Token> tokens) {
        List<Map<String, Object>> properties = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token key = tokens.get(i);
            Token op = tokens.get(i + 1);
            Token value = tokens.get(i + 2);
            if (key.type() == TokenType.IDENT && (op.type() == TokenType.EQ || op.type() == TokenType.NEQ)) {
                Map<String, Object> property = new LinkedHashMap<>();
                property.put("key", key.text());
                property.put("type", "person");
                property.put("operator", op.type() == TokenType.EQ ? "exact" : "is_not");
                property.put("value", List.of(value.text()));
                properties.add(property);
                i += 2;
            }
        }
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("properties", properties);
        group.put("rollout_percentage", percentage);
        return Map.of("groups", List.of(group));
    }

    private void publishOutcome(RolloutRecord saved) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("commandId", saved.getCommandId().toString());
        event.put("flagKey", saved.getFlagKey());
        event.put("status", saved.getStatus().name());
        event.put("percentage", saved.getTargetPercentage());
        rabbitTemplate.convertAndSend(broker.eventsExchange(), "rollout." + saved.getStatus().name().toLowerCase(), event);

        auditPosthog.capture(saved.getRequestedBy(), "flag_rollout_" + saved.getStatus().name().toLowerCase());
    }
}
