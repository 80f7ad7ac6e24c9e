package io.lumora.flags.model;

import java.net.URI;
import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import io.swagger.v3.oas.annotations.media.Schema;


import java.util.*;
import jakarta.annotation.Generated;

/**
 * ProjectConnection
 */

@Generated(value = "org.openapitools.codegen.languages.SpringCodegen", date = "2025-02-11T09:14:27.118204+01:00[Europe/Berlin]", comments = "Generator version: 7.11.0")
public class ProjectConnection {

  private Long projectId;

  private String personalApiKey;

  /**
   * Gets or Sets region
   */
  public enum RegionEnum {
    US("us"),
    
    EU("eu");

    private String value;

    RegionEnum(String value) {
      this.value = value;
    }

    @JsonValue
    public String getValue() {
      return value;
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }

    @JsonCreator
    public static RegionEnum fromValue(String value) {
      for (RegionEnum b : RegionEnum.values()) {
        if (b.value.equals(value)) {
          return b;
        }
      }
      throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
  }

  private RegionEnum region;

  private Boolean rotateOnConnect;

  public ProjectConnection() {
    super();
  }

  /**
   * Constructor with only required parameters
   */
  public ProjectConnection(Long projectId, String personalApiKey) {
    this.projectId = projectId;
    this.personalApiKey = personalApiKey;
  }

  public ProjectConnection projectId(Long projectId) {
    this.projectId = projectId;
    return this;
  }

  /**
   * Get projectId
   * @return projectId
   */
  @NotNull 
  @Schema(name = "projectId", requiredMode = Schema.RequiredMode.REQUIRED)
  @JsonProperty("projectId")
  public Long getProjectId() {
    return projectId;
  }

  public void setProjectId(Long projectId) {
    this.projectId = projectId;
  }

  public ProjectConnection personalApiKey(String personalApiKey) {
    this.personalApiKey = personalApiKey;
    return this;
  }

  /**
   * Get personalApiKey
   * @return personalApiKey
   */
  @NotNull 
  @Schema(name = "personalApiKey", example = "phx_...Q7fd", requiredMode = Schema.RequiredMode.REQUIRED)
  @JsonProperty("personalApiKey")
  public String getPersonalApiKey() {
    return personalApiKey;
  }

  public void setPersonalApiKey(String personalApiKey) {
    this.personalApiKey = personalApiKey;
  }

  public ProjectConnection region(RegionEnum region) {
    this.region = region;
    return this;
  }

  /**
   * Get region
   * @return region
   */
  
  @Schema(name = "region", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
  @JsonProperty("region")
  public RegionEnum getRegion() {
    return region;
  }

  public void setRegion(RegionEnum region) {
    this.region = region;
  }

  public ProjectConnection rotateOnConnect(Boolean rotateOnConnect) {
    this.rotateOnConnect = rotateOnConnect;
    return this;
  }

  /**
   * Get rotateOnConnect
   * @return rotateOnConnect
   */
  
  @Schema(name = "rotateOnConnect", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
  @JsonProperty("rotateOnConnect")
  public Boolean getRotateOnConnect() {
    return rotateOnConnect;
  }

  public void setRotateOnConnect(Boolean rotateOnConnect) {
    this.rotateOnConnect = rotateOnConnect;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ProjectConnection projectConnection = (ProjectConnection) o;
    return Objects.equals(this.projectId, projectConnection.projectId) &&
        Objects.equals(this.personalApiKey, projectConnection.personalApiKey) &&
        Objects.equals(this.region, projectConnection.region) &&
        Objects.equals(this.rotateOnConnect, projectConnection.rotateOnConnect);
  }

  @Override
  public int hashCode() {
    return Objects.hash(projectId, personalApiKey, region, rotateOnConnect);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ProjectConnection {\n");
    sb.append("    projectId: ").append(toIndentedString(projectId)).append("\n");
    sb.append("    personalApiKey: ").append(toIndentedString(personalApiKey)).append("\n");
    sb.append("    region: ").append(toIndentedString(region)).append("\n");
    sb.append("    rotateOnConnect: ").append(toIndentedString(rotateOnConnect)).append("\n");
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

