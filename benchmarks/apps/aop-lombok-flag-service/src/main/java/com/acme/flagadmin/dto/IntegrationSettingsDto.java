package com.acme.flagadmin.dto;

import lombok.Builder;
import lombok.Value;

@Value
@Builder
public class IntegrationSettingsDto {

    String projectKey;

    String host;

    String projectId;

    String secureApiKey;

    boolean localEvaluation;
}
