package io.flagdeck.saas.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "tenants")
public class Tenant {

    /** Which of a tenant's PostHog credentials an operation is about. */
    public enum KeyKind {
        PROJECT,
        PERSONAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String displayName;

    /** PostHog project token (phc_), used for capture. */
    @Column(nullable = false)
    private String projectApiKey;

    /** PostHog personal API key (phx_), used for flag management and local evaluation. */
    @Column(length = 128)
    private String personalApiKey;

    private Long posthogProjectId;

    /** Ingestion host, e.g. https://eu.i.posthog.com */
    private String posthogHost;

    /** App/API host, e.g. https://eu.posthog.com */
    private String posthogApiHost;

    private boolean sandbox;

    private Instant createdAt = Instant.now();

    protected Tenant() {
    }

    public Tenant(String slug, String displayName, String projectApiKey, String personalApiKey,
                  Long posthogProjectId, String posthogHost, String posthogApiHost) {
        this.slug = slug;
        this.displayName = displayName;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.posthogProjectId = posthogProjectId;
        this.posthogHost = posthogHost;
        this.posthogApiHost = posthogApiHost;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public Long getPosthogProjectId() {
        return posthogProjectId;
    }

    public String getPosthogHost() {
        return posthogHost;
    }

    public String getPosthogApiHost() {
        return posthogApiHost;
    }

    public boolean isSandbox() {
        return sandbox;
    }

    public void setSandbox(boolean sandbox) {
        this.sandbox = sandbox;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Tenant{id=" + id
                + ", slug='" + slug + '\''
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", posthogProjectId=" + posthogProjectId
                + ", sandbox=" + sandbox + '}';
    }
}
