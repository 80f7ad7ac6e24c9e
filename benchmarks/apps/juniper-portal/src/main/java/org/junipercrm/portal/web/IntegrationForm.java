package org.junipercrm.portal.web;

import jakarta.validation.constraints.NotBlank;
import lombok.Data;

@Data
public class IntegrationForm {
  private long projectId;
  @NotBlank
  private String personalApiKey;
  private boolean enableLocalEvaluation = true;
}
