package com.northwind.flags.adapter.in.web;

import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.domain.model.FeatureFlag;
import com.northwind.flags.domain.model.FlagEvaluation;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.time.Instant;
import java.util.List;

@Mapper(componentModel = MappingConstants.ComponentModel.SPRING)
public interface FlagWebMapper {

    record FlagView(String key, boolean enabled, String variant, Object payload) {
    }

    record FlagDefinitionView(String key, String name, boolean active, int rolloutPercentage, Instant syncedAt) {
    }

    /** What posthog-js needs to boot in the browser. */
    record ClientBootstrapView(String apiKey, String apiHost) {
    }

    record DiagnosticsView(String host, String apiHost, long projectId, String personalApiKey,
                           int pollIntervalSeconds, boolean localEvaluation) {
    }

    @Mapping(target = "key", source = "flagKey")
    FlagView toView(FlagEvaluation evaluation);

    List<FlagView> toViews(List<FlagEvaluation> evaluations);

    FlagDefinitionView toDefinitionView(FeatureFlag flag);

    List<FlagDefinitionView> toDefinitionViews(List<FeatureFlag> flags);

    @Mapping(target = "apiKey", source = "projectApiKey")
    @Mapping(target = "apiHost", source = "host")
    ClientBootstrapView toBootstrap(PostHogProperties properties);

    @Mapping(target = "localEvaluation", expression = "java(properties.localEvaluationEnabled())")
    DiagnosticsView toDiagnostics(PostHogProperties properties);
}
