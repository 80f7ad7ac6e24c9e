package nested;

import java.util.List;

/** Settings that hold the keys in a nested object, and a list of them. */
public record ServiceSettings(String host, ProjectKeys keys, List<ProjectKeys> others) {}
