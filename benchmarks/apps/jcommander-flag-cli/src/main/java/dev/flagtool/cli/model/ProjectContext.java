package dev.flagtool.cli.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.flagtool.cli.config.ToolConfig;

import java.util.Objects;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class ProjectContext {

    @JsonProperty("api_host")
    private final String host;

    @JsonProperty("project_id")
    private final String projectId;

    @JsonProperty("token")
    private final String projectKey;

    @JsonProperty("personal_api_key")
    private final String personalApiKey;

    @JsonProperty("flags_secure_key")
    private final String secureKey;

    public ProjectContext(String host, String projectId, String projectKey, String personalApiKey, String secureKey) {
        this.host = host;
        this.projectId = projectId;
        this.projectKey = projectKey;
        this.personalApiKey = personalApiKey;
        this.secureKey = secureKey;
    }

    public static ProjectContext from(ToolConfig config) {
        return new ProjectContext(config.getHost(), config.getProjectId(), config.getProjectKey(),
                config.getPersonalApiKey(), config.getSecureKey());
    }

    public String getHost() {
        return host;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureKey() {
        return secureKey;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ProjectContext)) {
            return false;
        }
        ProjectContext that = (ProjectContext) o;
        return Objects.equals(host, that.host) && Objects.equals(projectId, that.projectId)
                && Objects.equals(projectKey, that.projectKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, projectId, projectKey);
    }

    @Override
    public String toString() {
        return "ProjectContext{host='" + host + "', projectId=" + projectId
                + ", projectKey='" + projectKey + "', personalApiKey='" + personalApiKey + "'}";
    }
}
