package dev.northwind.flagops.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectConfig(
        @JsonProperty("name") String name,
        @JsonProperty("id") long id,
        @JsonProperty("project_api_key") String projectApiKey,
        @JsonProperty("flags") List<FlagDefinition> flags) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProjectsFile(@JsonProperty("projects") List<ProjectConfig> projects) {

        public static ProjectsFile load(ObjectMapper yamlMapper, Path file) throws IOException {
            return yamlMapper.readValue(file.toFile(), ProjectsFile.class);
        }

        public ProjectConfig byName(String name) {
            return projects.stream()
                    .filter(p -> p.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new NoSuchElementException("No project named " + name + " in projects.yaml"));
        }
    }
}
