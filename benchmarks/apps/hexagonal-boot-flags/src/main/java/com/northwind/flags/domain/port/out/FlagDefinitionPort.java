package com.northwind.flags.domain.port.out;

import com.northwind.flags.domain.model.FeatureFlag;
import com.northwind.flags.domain.model.FlagEvaluation;

import java.util.List;

/**
 * The flag provider (PostHog in production).
 */
public interface FlagDefinitionPort {

    FlagEvaluation evaluate(String distinctId, String flagKey);

    List<FeatureFlag> fetchDefinitions();

    void reportExposure(FlagEvaluation evaluation);

    void recordChange(FeatureFlag flag);
}
