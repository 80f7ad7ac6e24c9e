package io.marigold.telemetry.flags;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import java.util.List;

@Entity
public class FlagDefinition extends PanacheEntity {

  public String tenant;
  public String key;
  public String name;
  public boolean active;
  public int rolloutPercentage;

  public static List<FlagDefinition> activeFor(String tenant) {
    return list("tenant = ?1 and active = true", tenant);
  }

  @Override
  public String toString() {
    return String.format("FlagDefinition[%s, %s, active=%s, rollout=%d%%]", tenant, key, active, rolloutPercentage);
  }
}
