package com.northwind.flags.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * Body of POST /flags/evaluate.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagEvaluationRequest(
        String distinctId,
        List<String> flagKeys,
        Map<String, Object> personProperties,
        String overrideFlag,
        Object overrideValue) {

    public FlagEvaluationRequest {
        flagKeys = flagKeys == null ? List.of() : List.copyOf(flagKeys);
        personProperties = personProperties == null ? Map.of() : Map.copyOf(personProperties);
    }
}
