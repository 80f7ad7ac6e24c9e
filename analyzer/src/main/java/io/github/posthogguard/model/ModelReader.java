package io.github.posthogguard.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a model file: a YAML mapping from section names to lists of rows, each row a flow mapping
 * of attributes, or to lists of words. Unknown sections and attributes are errors, named with the
 * file and line, so that a typo in a team's model never silently drops a row.
 */
final class ModelReader {
  private static final Set<String> CALL =
      Set.of("type", "role", "static", "constructor", "methods", "arity");

  /** The attributes each section of rows accepts. */
  static final Map<String, Set<String>> SECTIONS =
      Map.ofEntries(
          Map.entry("logSinks", with(CALL, "args", "chainArgs", "at", "label")),
          Map.entry(
              "clientSinks",
              with(
                  CALL,
                  "args",
                  "carried",
                  "inMethodWith",
                  "inImplementationOf",
                  "into",
                  "intoRole",
                  "intoServed",
                  "audience",
                  "label")),
          Map.entry("servedFiles", Set.of("extensions", "folders")),
          Map.entry("appStateHolders", with(CALL)),
          Map.entry("templateMethods", Set.of("annotations", "args", "audience", "label")),
          Map.entry("lambdaReturnSinks", with(CALL, "lambda", "label")),
          Map.entry(
              "returnSinks",
              Set.of(
                  "annotations",
                  "parameterAnnotations",
                  "methodAnnotations",
                  "requires",
                  "implements",
                  "methods",
                  "returnTypes",
                  "getters",
                  "publicMethods",
                  "startsWith",
                  "label")),
          Map.entry("sources", with(CALL, "key", "kind")),
          Map.entry("propagators", with(CALL, "from", "to", "mapper", "property", "piece", "json")),
          Map.entry("lambdaParameters", with(CALL, "from", "lambda", "parameter", "parameters")),
          Map.entry(
              "lambdaTypes", with(CALL, "lambda", "parameter", "parameters", "parameterType")),
          Map.entry("constructorValues", with(CALL, "arg")),
          Map.entry("sanitizers", with(CALL)),
          Map.entry("textTypes", Set.of("type", "clients")),
          Map.entry("subtypes", Set.of("type", "supertypes")),
          Map.entry("returns", with(CALL, "returns")),
          Map.entry("roles", with(CALL, "field", "from")),
          Map.entry("argumentRoles", with(CALL, "args")),
          Map.entry("lombokLoggers", Set.of("annotation", "type")),
          Map.entry(
              "headerLogging",
              with(
                  CALL,
                  "args",
                  "levels",
                  "mentions",
                  "redactedBy",
                  "filteredBy",
                  "logs",
                  "fix",
                  "label")),
          Map.entry("headerLoggingValues", Set.of("returns", "levels", "label")),
          Map.entry("configScopes", with(CALL, "key")),
          Map.entry("literalPlaceholders", Set.of("imports", "open", "close")),
          Map.entry("configFlags", with(CALL, "key")),
          Map.entry("profiles", Set.of("annotation", "attributes")),
          Map.entry("oauthRegistrations", with(CALL, "annotation", "attributes", "key")),
          Map.entry("adviceReads", with(CALL, "reads", "advice", "attributes", "pointcut")),
          Map.entry("constants", Set.of("field", "value")),
          Map.entry("textNames", with(CALL, "arg")),
          Map.entry("fieldTypes", Set.of("type", "fields", "fieldType")),
          Map.entry("messagelessExceptions", with(CALL, "label")),
          Map.entry("functionalTypes", Set.of("type", "parameterTypes")),
          Map.entry("configAnnotations", Set.of("annotation", "attributes", "placeholder")),
          Map.entry("configHolders", Set.of("annotation", "attributes")),
          Map.entry("singletons", Set.of("annotations")),
          Map.entry("requestValues", Set.of("annotation", "attributes", "kind")),
          Map.entry("generatedConfig", Set.of("class", "kind")),
          Map.entry("keySlots", with(CALL, "args", "wants", "label")),
          Map.entry(
              "requestKeyFields",
              with(CALL, "args", "entry", "bearer", "pathHas", "wants", "label", "consequence")),
          Map.entry("requestKeyParameters", Set.of("name", "pathHas", "wants", "label")),
          Map.entry("requestKeyQueryAnnotations", Set.of("annotation", "names")),
          Map.entry("requestKeyMembers", Set.of("entry", "wants", "label")),
          Map.entry(
              "posthogSettings",
              with(CALL, "creates", "setting", "args", "debug", "localEvaluation", "personalKey")),
          Map.entry(
              "shippedCode",
              Set.of(
                  "imports",
                  "notImports",
                  "extends",
                  "readsGenerated",
                  "package",
                  "where",
                  "exposure",
                  "client",
                  "keys")),
          Map.entry(
              "objects",
              Set.of("annotation", "shows", "hides", "keeps", "when", "excludedBy", "onlyBy")),
          Map.entry("objectMappers", Set.of("annotation", "mapping", "members", "source")),
          Map.entry("jsonNames", Set.of("annotation", "attribute")));

  /** The sections that are lists of words. */
  static final Set<String> WORD_SECTIONS =
      Set.of(
          "secretHeaders",
          "sessionCookies",
          "sanitizerWords",
          "redactionMarks",
          "fileSettings",
          "connectionSessionPackages",
          "notThrowables");

  private ModelReader() {}

  private static Set<String> with(Set<String> base, String... more) {
    Set<String> all = new java.util.HashSet<>(base);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  /** The rows of one file, in order; {@code name} is how messages name the file. */
  static List<ModelRow> read(String name, String text) {
    Node root;
    try {
      root =
          new Compose(LoadSettings.builder().setLabel(name).build())
              .composeString(text)
              .orElse(null);
    } catch (YamlEngineException e) {
      throw new ModelException(name + ": not a YAML model file: " + e.getMessage(), e);
    }
    if (root == null) {
      return List.of();
    }
    if (!(root instanceof MappingNode sections)) {
      throw new ModelException(at(name, root) + ": a model file is a mapping of sections to rows");
    }
    List<ModelRow> rows = new ArrayList<>();
    for (NodeTuple section : sections.getValue()) {
      String sectionName = scalar(name, section.getKeyNode());
      if (!(section.getValueNode() instanceof SequenceNode list)) {
        throw new ModelException(
            at(name, section.getValueNode()) + ": " + sectionName + " is no list");
      }
      if (WORD_SECTIONS.contains(sectionName)) {
        for (Node word : list.getValue()) {
          rows.add(new ModelRow(sectionName, Map.of("value", scalar(name, word)), at(name, word)));
        }
        continue;
      }
      Set<String> allowed = SECTIONS.get(sectionName);
      if (allowed == null) {
        throw new ModelException(
            at(name, section.getKeyNode())
                + ": unknown section '"
                + sectionName
                + "'; known: "
                + known());
      }
      for (Node row : list.getValue()) {
        rows.add(row(name, sectionName, allowed, row));
      }
    }
    return rows;
  }

  /** Attributes that take one of a few words: a typo is the model's error, not a quiet default. */
  private static final Map<String, Set<String>> WORDS =
      Map.of("audience", Set.of("browser", "chat"));

  private static ModelRow row(String name, String section, Set<String> allowed, Node node) {
    if (!(node instanceof MappingNode mapping)) {
      throw new ModelException(at(name, node) + ": a row of " + section + " is a mapping");
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (NodeTuple pair : mapping.getValue()) {
      String key = scalar(name, pair.getKeyNode());
      if (!allowed.contains(key)) {
        throw new ModelException(
            at(name, pair.getKeyNode())
                + ": "
                + section
                + " rows have no attribute '"
                + key
                + "'; they have: "
                + allowed.stream().sorted().collect(Collectors.joining(", ")));
      }
      Node value = pair.getValueNode();
      if (value instanceof SequenceNode values) {
        List<String> parts = new ArrayList<>();
        for (Node part : values.getValue()) {
          parts.add(scalar(name, part));
        }
        attributes.put(key, String.join("|", parts));
      } else {
        attributes.put(key, scalar(name, value));
      }
      Set<String> words = WORDS.get(key);
      if (words != null && !words.contains(attributes.get(key))) {
        throw new ModelException(
            at(name, value)
                + ": "
                + key
                + " '"
                + attributes.get(key)
                + "' is none of "
                + words.stream().sorted().collect(Collectors.joining(", ")));
      }
    }
    return new ModelRow(section, attributes, at(name, node));
  }

  private static String scalar(String name, Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    throw new ModelException(at(name, node) + ": expected a single value");
  }

  private static String at(String name, Node node) {
    return name + ":" + node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  private static String known() {
    List<String> all = new ArrayList<>(SECTIONS.keySet());
    all.addAll(WORD_SECTIONS);
    return all.stream().sorted().collect(Collectors.joining(", "));
  }
}
