package nested;

import java.util.List;

/** Many projects' keys, in a list. */
public record Fleet(String name, List<ProjectKeys> projects) {}
