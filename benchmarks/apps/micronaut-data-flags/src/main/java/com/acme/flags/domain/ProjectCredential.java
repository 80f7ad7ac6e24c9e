package com.acme.flags.domain;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * Per-project keys for the projects this service mirrors flags for.
 */
@MappedEntity("project_credential")
public class ProjectCredential {

    public enum KeyType { PERSONAL, FEATURE_FLAGS_SECURE }

    @Id
    @GeneratedValue
    private Long id;
    private String projectId;
    private String projectApiKey;
    private String secretKey;
    private KeyType keyType;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getProjectId() { return projectId; }
    public void setProjectId(String projectId) { this.projectId = projectId; }
    public String getProjectApiKey() { return projectApiKey; }
    public void setProjectApiKey(String projectApiKey) { this.projectApiKey = projectApiKey; }
    public String getSecretKey() { return secretKey; }
    public void setSecretKey(String secretKey) { this.secretKey = secretKey; }
    public KeyType getKeyType() { return keyType; }
    public void setKeyType(KeyType keyType) { this.keyType = keyType; }

    @Override
    public String toString() {
        return "ProjectCredential[projectId=" + projectId + ", keyType=" + keyType
                + ", projectApiKey=" + projectApiKey + ", secretKey=" + secretKey + "]";
    }
}
