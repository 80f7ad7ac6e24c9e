package io.marigold.telemetry.flags;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A PostHog project a tenant connected, with the key used to sync its flags. */
@Entity
@Table(name = "posthog_connection")
public class PostHogConnection extends PanacheEntity {

  @Column(nullable = false)
  public String tenant;

  public long projectId;

  public String projectApiKey;

  @JsonIgnore
  @Column(name = "personal_api_key")
  public String personalApiKey;

  public Instant lastSyncAt;

  public static PostHogConnection forTenant(String tenant) {
    return find("tenant", tenant).firstResult();
  }

  @Override
  public String toString() {
    return "PostHogConnection{tenant=" + tenant
        + ", projectId=" + projectId
        + ", personalApiKey=" + personalApiKey
        + ", lastSyncAt=" + lastSyncAt + "}";
  }
}
