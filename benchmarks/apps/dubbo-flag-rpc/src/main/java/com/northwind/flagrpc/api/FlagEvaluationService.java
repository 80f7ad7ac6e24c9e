package com.northwind.flagrpc.api;

import java.util.List;

public interface FlagEvaluationService {

    FlagDecision evaluate(FlagRequest request);

    List<FlagDecision> evaluateAll(String distinctId, List<String> flagKeys);
}
