package com.acme.flagadmin.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One PostHog project the admin service manages (dev, staging, prod ...).
 */
@Entity
@Table(name = "posthog_environment")
public class PostHogEnvironment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private String host;

    @Column(name = "project_api_key", nullable = false)
    private String projectApiKey;

    @Column(name = "personal_api_key")
    private String personalApiKey;

    @Enumerated(EnumType.STRING)
    private AuthMode authMode = AuthMode.PERSONAL_API_KEY;

    private Instant keyRotatedAt;

    @OneToMany(mappedBy = "environment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<FeatureFlag> flags = new ArrayList<>();

    public enum AuthMode { PERSONAL_API_KEY, SECURE_API_KEY, OAUTH }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public String getProjectApiKey() { return projectApiKey; }
    public void setProjectApiKey(String projectApiKey) { this.projectApiKey = projectApiKey; }
    public String getPersonalApiKey() { return personalApiKey; }
    public void setPersonalApiKey(String personalApiKey) { this.personalApiKey = personalApiKey; }
    public AuthMode getAuthMode() { return authMode; }
    public void setAuthMode(AuthMode authMode) { this.authMode = authMode; }
    public Instant getKeyRotatedAt() { return keyRotatedAt; }
    public void setKeyRotatedAt(Instant keyRotatedAt) { this.keyRotatedAt = keyRotatedAt; }
    public List<FeatureFlag> getFlags() { return flags; }
    public void setFlags(List<FeatureFlag> flags) { this.flags = flags; }

    @Override
    public String toString() {
        return "PostHogEnvironment{id=" + id + ", name='" + name + "', host='" + host
                + "', projectApiKey='" + projectApiKey + "', personalApiKey='" + personalApiKey
                + "', authMode=" + authMode + "}";
    }
}
