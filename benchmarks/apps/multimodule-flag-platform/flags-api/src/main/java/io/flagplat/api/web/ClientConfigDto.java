package io.flagplat.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.flagplat.common.config.PostHogSettings;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientConfigDto(
        String projectApiKey,
        String apiHost,
        String localEvaluationKey,
        Map<String, Boolean> bootstrapFlags) {

    public static ClientConfigDto publicOnly(PostHogSettings settings, Map<String, Boolean> flags) {
        return new ClientConfigDto(settings.getProjectApiKey(), settings.getHost(), null, flags);
    }

    public static ClientConfigDto withLocalEvaluation(PostHogSettings settings, Map<String, Boolean> flags) {
        return new ClientConfigDto(settings.getProjectApiKey(), settings.getHost(), settings.getPersonalApiKey(), flags);
    }
}
