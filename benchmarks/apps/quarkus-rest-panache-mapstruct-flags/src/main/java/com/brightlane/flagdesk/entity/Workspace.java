package com.brightlane.flagdesk.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A customer workspace mirrored from one PostHog project.
 */
@Entity
@Table(name = "workspace")
public class Workspace extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 64)
    public String slug;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "posthog_project_id", nullable = false)
    public long posthogProjectId;

    @Column(name = "posthog_project_key", length = 64)
    public String posthogProjectKey;

    @Column(name = "posthog_secret_key", length = 64)
    public String posthogSecretKey;

    @Column(name = "flag_count")
    public int flagCount;

    @Column(name = "last_synced_at")
    public Instant lastSyncedAt;

    public static Optional<Workspace> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    @Override
    public String toString() {
        return "Workspace{id=" + id
                + ", slug='" + slug + '\''
                + ", projectId=" + posthogProjectId
                + ", posthogSecretKey='" + posthogSecretKey + '\''
                + ", lastSyncedAt=" + lastSyncedAt + '}';
    }
}
