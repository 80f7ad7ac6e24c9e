package io.lumora.flags.model;

import java.net.URI;
import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.HashMap;
import java.util.Map;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import io.swagger.v3.oas.annotations.media.Schema;


import java.util.*;
import jakarta.annotation.Generated;

/**
 * ClientConfig
 */

@Generated(value = "org.openapitools.codegen.languages.SpringCodegen", date = "2025-02-11T09:14:27.118204+01:00[Europe/Berlin]", comments = "Generator version: 7.11.0")
public class ClientConfig {

  private String projectApiKey;

  private String apiHost;

  private String localEvaluationKey;

  @Valid
  private Map<String, Object> bootstrapFlags = new HashMap<>();

  public ClientConfig() {
    super();
  }

  /**
   * Constructor with only required parameters
   */
  public ClientConfig(String projectApiKey, String apiHost) {
    this.projectApiKey = projectApiKey;
    this.apiHost = apiHost;
  }

  public ClientConfig projectApiKey(String projectApiKey) {
    this.projectApiKey = projectApiKey;
    return this;
  }

  /**
   * Get projectApiKey
   * @return projectApiKey
   */
  @NotNull 
  @Schema(name = "projectApiKey", requiredMode = Schema.RequiredMode.REQUIRED)
  @JsonProperty("projectApiKey")
  public String getProjectApiKey() {
    return projectApiKey;
  }

  public void setProjectApiKey(String projectApiKey) {
    this.projectApiKey = projectApiKey;
  }

  public ClientConfig apiHost(String apiHost) {
    this.apiHost = apiHost;
    return this;
  }

  /**
   * Get apiHost
   * @return apiHost
   */
  @NotNull 
  @Schema(name = "apiHost", requiredMode = Schema.RequiredMode.REQUIRED)
  @JsonProperty("apiHost")
  public String getApiHost() {
    return apiHost;
  }

  public void setApiHost(String apiHost) {
    this.apiHost = apiHost;
  }

  public ClientConfig localEvaluationKey(String localEvaluationKey) {
    this.localEvaluationKey = localEvaluationKey;
    return this;
  }

  /**
   * Get localEvaluationKey
   * @return localEvaluationKey
   */
  
  @Schema(name = "localEvaluationKey", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
  @JsonProperty("localEvaluationKey")
  public String getLocalEvaluationKey() {
    return localEvaluationKey;
  }

  public void setLocalEvaluationKey(String localEvaluationKey) {
    this.localEvaluationKey = localEvaluationKey;
  }

  public ClientConfig bootstrapFlags(Map<String, Object> bootstrapFlags) {
    this.bootstrapFlags = bootstrapFlags;
    return this;
  }

  public ClientConfig putBootstrapFlagsItem(String key, Object bootstrapFlagsItem) {
    if (this.bootstrapFlags == null) {
      this.bootstrapFlags = new HashMap<>();
    }
    this.bootstrapFlags.put(key, bootstrapFlagsItem);
    return this;
  }

  /**
   * Get bootstrapFlags
   * @return bootstrapFlags
   */
  
  @Schema(name = "bootstrapFlags", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
  @JsonProperty("bootstrapFlags")
  public Map<String, Object> getBootstrapFlags() {
    return bootstrapFlags;
  }

  public void setBootstrapFlags(Map<String, Object> bootstrapFlags) {
    this.bootstrapFlags = bootstrapFlags;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ClientConfig clientConfig = (ClientConfig) o;
    return Objects.equals(this.projectApiKey, clientConfig.projectApiKey) &&
        Objects.equals(this.apiHost, clientConfig.apiHost) &&
        Objects.equals(this.localEvaluationKey, clientConfig.localEvaluationKey) &&
        Objects.equals(this.bootstrapFlags, clientConfig.bootstrapFlags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(projectApiKey, apiHost, localEvaluationKey, bootstrapFlags);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ClientConfig {\n");
    sb.append("    projectApiKey: ").append(toIndentedString(projectApiKey)).append("\n");
    sb.append("    apiHost: ").append(toIndentedString(apiHost)).append("\n");
    sb.append("    localEvaluationKey: ").append(toIndentedString(localEvaluationKey)).append("\n");
    sb.append("    bootstrapFlags: ").append(toIndentedString(bootstrapFlags)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    if (o == null) {
      return "null";
    }
    return o.toString().replace("\n", "\n    ");
  }
}

