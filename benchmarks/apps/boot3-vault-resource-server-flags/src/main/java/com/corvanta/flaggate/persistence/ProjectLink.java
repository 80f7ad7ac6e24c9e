package com.corvanta.flaggate.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One PostHog project mirrored by flaggate. The edge proxies read {@code secure_api_key} from here
 * to do their own local evaluation.
 */
@Entity
@Table(name = "project_link")
public class ProjectLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "posthog_project_id", nullable = false, unique = true)
    private String posthogProjectId;

    @Column(nullable = false)
    private String environment;

    @Column(name = "secure_api_key")
    private String secureApiKey;

    @Column(name = "last_synced_at")
    private Instant lastSyncedAt;

    @OneToMany(mappedBy = "projectLink", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<FlagSnapshot> snapshots = new ArrayList<>();

    protected ProjectLink() {
    }

    public ProjectLink(String posthogProjectId, String environment, String secureApiKey) {
        this.posthogProjectId = posthogProjectId;
        this.environment = environment;
        this.secureApiKey = secureApiKey;
    }

    public void replaceSnapshots(List<FlagSnapshot> fresh) {
        snapshots.clear();
        fresh.forEach(s -> s.setProjectLink(this));
        snapshots.addAll(fresh);
        lastSyncedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getPosthogProjectId() {
        return posthogProjectId;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public void setSecureApiKey(String secureApiKey) {
        this.secureApiKey = secureApiKey;
    }

    public Instant getLastSyncedAt() {
        return lastSyncedAt;
    }

    public List<FlagSnapshot> getSnapshots() {
        return snapshots;
    }

    @Override
    public String toString() {
        return "ProjectLink{id=" + id
                + ", posthogProjectId='" + posthogProjectId + '\''
                + ", environment='" + environment + '\''
                + ", secureApiKey='" + secureApiKey + '\''
                + ", lastSyncedAt=" + lastSyncedAt
                + ", snapshots=" + snapshots.size() + '}';
    }
}
