package entities;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Jackson merges a property's annotations: the ignored field hides its getter too. */
public class IgnoredKeyBean {
  private String tenant;
  @JsonIgnore private String personalApiKey;

  public String getTenant() {
    return tenant;
  }

  public void setTenant(String tenant) {
    this.tenant = tenant;
  }

  public String getPersonalApiKey() {
    return personalApiKey;
  }

  public void setPersonalApiKey(String personalApiKey) {
    this.personalApiKey = personalApiKey;
  }
}
