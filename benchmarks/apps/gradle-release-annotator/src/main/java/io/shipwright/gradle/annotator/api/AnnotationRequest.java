package io.shipwright.gradle.annotator.api;

import java.time.Instant;
import java.util.Objects;

/**
 * An annotation to create through {@code POST /api/projects/:project_id/annotations/}.
 */
public final class AnnotationRequest {

    public enum Scope {
        PROJECT,
        ORGANIZATION;

        String apiValue() {
            return name().toLowerCase();
        }
    }

    private final String projectId;
    private final String content;
    private final Instant dateMarker;
    private final Scope scope;
    private final String personalApiKey;

    AnnotationRequest(String projectId, String content, Instant dateMarker, Scope scope, String personalApiKey) {
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.content = Objects.requireNonNull(content, "content");
        this.dateMarker = dateMarker != null ? dateMarker : Instant.now();
        this.scope = scope != null ? scope : Scope.PROJECT;
        this.personalApiKey = personalApiKey;
    }

    public String projectId() {
        return projectId;
    }

    public String content() {
        return content;
    }

    public Instant dateMarker() {
        return dateMarker;
    }

    public Scope scope() {
        return scope;
    }

    String personalApiKey() {
        return personalApiKey;
    }

    String toJson() {
        return "{\"content\":\"" + escape(content) + "\","
                + "\"date_marker\":\"" + dateMarker + "\","
                + "\"scope\":\"" + scope.apiValue() + "\"}";
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    @Override
    public String toString() {
        return "AnnotationRequest{projectId=" + projectId
                + ", content='" + content + '\''
                + ", dateMarker=" + dateMarker
                + ", scope=" + scope
                + ", personalApiKey=" + personalApiKey
                + '}';
    }
}
