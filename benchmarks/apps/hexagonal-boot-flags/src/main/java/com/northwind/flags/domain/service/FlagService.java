package com.northwind.flags.domain.service;

import com.northwind.flags.domain.model.FeatureFlag;
import com.northwind.flags.domain.model.FlagEvaluation;
import com.northwind.flags.domain.port.in.EvaluateFlagsUseCase;
import com.northwind.flags.domain.port.out.FlagDefinitionPort;
import com.northwind.flags.domain.port.out.FlagStorePort;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

@Slf4j
@Service
@RequiredArgsConstructor
public class FlagService implements EvaluateFlagsUseCase {

    private final FlagDefinitionPort definitions;
    private final FlagStorePort store;

    @Override
    public FlagEvaluation evaluate(String distinctId, String flagKey) {
        FlagEvaluation evaluation;
        try {
            evaluation = definitions.evaluate(distinctId, flagKey);
        } catch (RuntimeException ex) {
            log.warn("Evaluation of {} failed, serving fallback: {}", flagKey, ex.toString());
            return FlagEvaluation.fallback(distinctId, flagKey);
        }
        definitions.reportExposure(evaluation);
        return evaluation;
    }

    @Override
    public List<FlagEvaluation> evaluateAll(String distinctId, String flagKeys) {
        List<FlagEvaluation> result = new ArrayList<>();
        StringTokenizer tokenizer = new StringTokenizer(flagKeys, ",");
        while (tokenizer.hasMoreTokens()) {
            String token = tokenizer.nextToken().trim();
            if (token.isEmpty()) {
                continue;
            }
            log.trace("Evaluating flag token '{}' for {}", token, distinctId);
            result.add(evaluate(distinctId, token));
        }
        return result;
    }

    @Override
    public List<FeatureFlag> listFlags() {
        return store.findAll();
    }

    @Override
    public List<FeatureFlag> synchronize() {
        List<FeatureFlag> remote = definitions.fetchDefinitions();
        Instant now = Instant.now();
        List<FeatureFlag> saved = remote.stream()
                .map(flag -> store.findByKey(flag.key()).map(flag::mergeInto).orElse(flag))
                .map(flag -> store.save(flag.withSyncedAt(now)))
                .toList();
        log.info("Synchronized {} flag definitions from the provider", saved.size());
        return saved;
    }

    @Override
    public void applyChange(FeatureFlag changed) {
        FeatureFlag merged = store.findByKey(changed.key())
                .map(changed::mergeInto)
                .orElse(changed);
        FeatureFlag saved = store.save(merged.withSyncedAt(Instant.now()));
        definitions.recordChange(saved);
        log.info("Applied change to flag {} (active={}, rollout={}%)",
                saved.key(), saved.active(), saved.rolloutPercentage());
    }
}
