package entities;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Its JSON form leaves the key out; its toString() shows it. */
public class IgnoredKeyEntity {
  public String tenant;

  @JsonIgnore public String personalApiKey;

  @Override
  public String toString() {
    return "IgnoredKeyEntity{tenant=" + tenant + ", personalApiKey=" + personalApiKey + "}";
  }
}
