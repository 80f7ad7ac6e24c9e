package io.github.posthogguard.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules know of APIs, as data: the rows of the built-in model files (in this package's
 * resources) and of a team's own files. Rows of a section are found by method name; a row's call
 * pattern and argument ranges are parsed once.
 */
public final class ApiModel {
  /** The built-in model files, in the order their rows are tried. */
  public static final List<String> BUILT_IN_FILES =
      List.of(
          "logging.yml",
          "sources.yml",
          "propagators.yml",
          "sanitizers.yml",
          "client-sinks.yml",
          "objects.yml",
          "posthog-sdk.yml");

  /**
   * Attributes that name types or annotations a file may bring in by an on-demand import ({@code
   * import org.springframework.web.bind.annotation.*;} for a {@code requires} row's
   * RestController).
   */
  private static final List<String> TYPE_LIST_ATTRIBUTES =
      List.of("requires", "implements", "returnTypes", "advice", "mapping", "pointcut");

  private static final ApiModel BUILT_IN = new ApiModel(readBuiltIn());

  private final List<ModelRow> rows;
  private final Map<String, List<ModelRow>> bySection = new HashMap<>();
  private final Map<ModelRow, CallPattern> patterns = new IdentityHashMap<>();
  private final Map<String, Map<String, List<ModelRow>>> byMethod = new HashMap<>();
  private final Map<String, List<ModelRow>> anyMethod = new HashMap<>();
  private final Map<String, Set<String>> directSupertypes = new HashMap<>();
  private final Map<String, List<ModelRow>> subtypeRows = new HashMap<>();
  private final Map<String, Set<String>> supertypes =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Set<String> knownTypes = new HashSet<>();
  private final Set<String> wildcardPackages = new HashSet<>();
  private final Map<String, Set<String>> words = new HashMap<>();
  private final Map<String, Set<String>> typesBySection = new HashMap<>();

  private ApiModel(List<ModelRow> rows) {
    this.rows = List.copyOf(rows);
    for (ModelRow row : rows) {
      bySection.computeIfAbsent(row.section(), s -> new ArrayList<>()).add(row);
      if (ModelReader.WORD_SECTIONS.contains(row.section())) {
        words.computeIfAbsent(row.section(), s -> new LinkedHashSet<>()).add(row.require("value"));
        continue;
      }
      if (row.get("type").isPresent() || row.get("role").isPresent()) {
        CallPattern pattern = CallPattern.of(row);
        patterns.put(row, pattern);
        if (pattern.anyMethod()) {
          anyMethod.computeIfAbsent(row.section(), s -> new ArrayList<>()).add(row);
        } else {
          for (String method : pattern.methods()) {
            byMethod
                .computeIfAbsent(row.section(), s -> new HashMap<>())
                .computeIfAbsent(method, m -> new ArrayList<>())
                .add(row);
          }
        }
      }
      row.get("type").filter(t -> !t.contains("*")).ifPresent(knownTypes::add);
      row.get("type")
          .filter(t -> t.endsWith(".*") && !t.equals("*"))
          .ifPresent(t -> wildcardPackages.add(t.substring(0, t.length() - 2)));
      row.get("type")
          .or(() -> row.get("implements")) // a returnSinks row's interface (a remote service's)
          .ifPresent(
              t -> typesBySection.computeIfAbsent(row.section(), s -> new HashSet<>()).add(t));
      row.get("returns")
          .map(ApiModel::withoutArrays)
          .filter(t -> !t.equals("self") && !t.startsWith("$"))
          .ifPresent(knownTypes::add);
      row.get("parameterType").filter(t -> !t.startsWith("$")).ifPresent(knownTypes::add);
      row.get("field").map(f -> f.substring(0, f.lastIndexOf('.'))).ifPresent(knownTypes::add);
      row.get("annotation").ifPresent(knownTypes::add);
      row.list("annotations").forEach(knownTypes::add);
      row.list("parameterAnnotations").forEach(knownTypes::add);
      row.list("methodAnnotations").forEach(knownTypes::add);
      row.list("parameterTypes").stream()
          .map(ApiModel::withoutArrays)
          .filter(t -> t.contains("."))
          .forEach(knownTypes::add);
      for (String attribute : TYPE_LIST_ATTRIBUTES) {
        row.list(attribute).forEach(knownTypes::add);
      }
      if (row.section().equals("subtypes")) {
        String type = row.require("type");
        directSupertypes
            .computeIfAbsent(type, t -> new LinkedHashSet<>())
            .addAll(row.list("supertypes"));
        knownTypes.addAll(row.list("supertypes"));
        subtypeRows.computeIfAbsent(type, t -> new ArrayList<>()).add(row);
      }
    }
  }

  /** The models built into the analyzer. */
  public static ApiModel builtIn() {
    return BUILT_IN;
  }

  /** These models and a team's own model files. */
  public ApiModel with(Collection<Path> files) {
    if (files.isEmpty()) {
      return this;
    }
    List<ModelRow> all = new ArrayList<>(rows);
    for (Path file : files) {
      try {
        all.addAll(
            ModelReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new ModelException("cannot read the model file " + file + ": " + e.getMessage(), e);
      }
    }
    return new ApiModel(all);
  }

  /** These models and rows made in code (from a team's options). */
  public ApiModel withRows(Collection<ModelRow> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<ModelRow> all = new ArrayList<>(rows);
    all.addAll(more);
    return new ApiModel(all);
  }

  /** A team's model file's text, checked: the rows it holds. */
  public static List<ModelRow> parse(String name, String text) {
    return ModelReader.read(name, text);
  }

  public List<ModelRow> rows() {
    return rows;
  }

  public List<ModelRow> rows(String section) {
    return bySection.getOrDefault(section, List.of());
  }

  /** The rows of {@code section} whose call pattern may match a call of {@code method}. */
  public List<ModelRow> candidates(String section, String method) {
    List<ModelRow> named = byMethod.getOrDefault(section, Map.of()).getOrDefault(method, List.of());
    List<ModelRow> any = anyMethod.getOrDefault(section, List.of());
    if (any.isEmpty()) {
      return named;
    }
    if (named.isEmpty()) {
      return any;
    }
    List<ModelRow> both = new ArrayList<>(named);
    both.addAll(any);
    return both;
  }

  public CallPattern pattern(ModelRow row) {
    CallPattern pattern = patterns.get(row);
    if (pattern == null) {
      throw new ModelException(
          row.source() + ": a row of " + row.section() + " needs a type or a role");
    }
    return pattern;
  }

  /** The words of a word section ({@code secretHeaders}, {@code sanitizerWords}...). */
  public Set<String> words(String section) {
    return words.getOrDefault(section, Set.of());
  }

  /** The types the rows of {@code section} name, as written. */
  public Set<String> typesIn(String section) {
    return typesBySection.getOrDefault(section, Set.of());
  }

  /**
   * Whether a row names every type of this package ({@code views.html.*}): a lower-case name in it
   * is a class (Twirl's generated {@code views.html.index}).
   */
  public boolean namesEveryTypeOf(String packageName) {
    return wildcardPackages.contains(packageName);
  }

  /** Whether any row names this type: a wildcard import of its package may bring it in. */
  public boolean knowsType(String qualified) {
    return knownTypes.contains(qualified);
  }

  /** The type and every supertype the models know, transitively. */
  public Set<String> withSupertypes(String qualified) {
    Set<String> known = supertypes.get(qualified);
    if (known != null) {
      return known;
    }
    Set<String> all = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(qualified));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (all.add(next)) {
        todo.addAll(directSupertypes.getOrDefault(next, Set.of()));
      }
    }
    all.add("java.lang.Object");
    Set<String> result = Set.copyOf(all);
    supertypes.put(qualified, result);
    return result;
  }

  /** The rows of {@code subtypes} that give {@code qualified} its direct supertypes. */
  public List<ModelRow> subtypeRows(String qualified) {
    return subtypeRows.getOrDefault(qualified, List.of());
  }

  /** The type a {@code returns} value names: without array brackets and type arguments. */
  private static String withoutArrays(String type) {
    int arguments = type.indexOf('<');
    return (arguments < 0 ? type : type.substring(0, arguments)).replace("[]", "");
  }

  private static List<ModelRow> readBuiltIn() {
    List<ModelRow> rows = new ArrayList<>();
    for (String file : BUILT_IN_FILES) {
      try (InputStream in =
          ApiModel.class.getResourceAsStream("/io/github/posthogguard/models/" + file)) {
        if (in == null) {
          throw new ModelException("the built-in model file " + file + " is missing");
        }
        rows.addAll(ModelReader.read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return rows;
  }
}
