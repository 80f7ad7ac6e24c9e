package com.northwind.rollout.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

import java.time.Instant;

/**
 * Per-project PostHog credentials used when a rollout targets a project other
 * than the default one configured under {@code posthog.*}.
 */
@Entity
@Table(name = "integration_credential")
@Getter
@Setter
@ToString
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class IntegrationCredential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String projectId;

    private String projectName;

    private String projectApiKey;

    @ToString.Exclude
    @Column(length = 128)
    private String personalApiKey;

    private boolean localEvaluationEnabled = true;

    private Instant rotatedAt;

    public static IntegrationCredential forProject(String projectId) {
        IntegrationCredential credential = new IntegrationCredential();
        credential.setProjectId(projectId);
        credential.setProjectName(projectId);
        return credential;
    }
}
