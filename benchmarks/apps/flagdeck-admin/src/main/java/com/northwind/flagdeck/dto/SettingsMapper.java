package com.northwind.flagdeck.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.northwind.flagdeck.config.PostHogProperties;
import com.northwind.flagdeck.service.FlagAdminService;
import org.springframework.stereotype.Component;

@Component
public class SettingsMapper {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IntegrationSettingsView(
            String projectId,
            String host,
            String projectApiKey,
            String personalApiKey,
            boolean localEvaluation) {
    }

    public IntegrationSettingsView toView(PostHogProperties props) {
        return new IntegrationSettingsView(
                props.projectId(),
                props.host(),
                props.apiKey(),
                props.personalApiKey(),
                props.localEvaluationEnabled());
    }

    public IntegrationSettingsView toMaskedView(PostHogProperties props) {
        String maskedKey = props.personalApiKey() == null ? null : FlagAdminService.mask(props.personalApiKey());
        return new IntegrationSettingsView(
                props.projectId(),
                props.host(),
                props.apiKey(),
                maskedKey,
                props.localEvaluationEnabled());
    }
}
