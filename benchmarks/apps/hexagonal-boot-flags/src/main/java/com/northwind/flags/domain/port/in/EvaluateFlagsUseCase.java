package com.northwind.flags.domain.port.in;

import com.northwind.flags.domain.model.FeatureFlag;
import com.northwind.flags.domain.model.FlagEvaluation;

import java.util.List;

public interface EvaluateFlagsUseCase {

    FlagEvaluation evaluate(String distinctId, String flagKey);

    /**
     * @param flagKeys comma separated list of flag keys, as sent by the front end
     */
    List<FlagEvaluation> evaluateAll(String distinctId, String flagKeys);

    List<FeatureFlag> listFlags();

    List<FeatureFlag> synchronize();

    void applyChange(FeatureFlag changed);
}
