package io.github.posthogguard.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads YAML and JSON with SnakeYAML Engine's composer, which keeps where every node was written:
 * every scalar becomes an entry named by its path of keys ({@code posthog.personal-api-key}); every
 * document of a stream is read; aliases read as the anchored node (found where it was written); a
 * merge key ({@code <<}) adds nothing to the path. Environments take the names they define: {@code
 * NAME=value} items of a list (docker-compose), {@code name:}/{@code value:} pairs (Kubernetes).
 */
final class YamlReader {
  private static final int MAX_DEPTH = 200;
  private static final Pattern ASSIGNMENT =
      Pattern.compile("(?s)(--)?([A-Za-z_][A-Za-z0-9_.\\-]*)=(.*)");

  private final EntrySink sink;
  private final CodePointOffsets offsets;
  private final Set<Node> walking = Collections.newSetFromMap(new IdentityHashMap<>());

  private final boolean embedded;

  private YamlReader(EntrySink sink, boolean embedded) {
    this.sink = sink;
    this.offsets = new CodePointOffsets(sink.text());
    this.embedded = embedded;
  }

  static void read(EntrySink sink) {
    read(sink, false);
  }

  /** Reads a file written in a manifest's block ({@link EmbeddedConfig}): no block of its own. */
  static void readEmbedded(EntrySink sink) {
    read(sink, true);
  }

  private static void read(EntrySink sink, boolean embedded) {
    LoadSettings settings =
        LoadSettings.builder()
            .setParseComments(false)
            .setAllowDuplicateKeys(true)
            .setMaxAliasesForCollections(50)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit(Integer.MAX_VALUE)
            .build();
    Composer composer =
        new Composer(settings, new ParserImpl(settings, new StreamReader(settings, sink.text())));
    YamlReader reader = new YamlReader(sink, embedded);
    while (composer.hasNext()) {
      reader.walk(composer.next(), List.of(), null, EntryKind.PROPERTY, 0);
    }
  }

  private void walk(Node node, List<String> path, ScalarNode key, EntryKind kind, int depth) {
    if (depth > MAX_DEPTH || !walking.add(node)) {
      return;
    }
    try {
      if (node instanceof ScalarNode scalar) {
        add(String.join(".", path), key, scalar, kind);
      } else if (node instanceof MappingNode mapping) {
        if (!namedPair(mapping, kind)) {
          for (NodeTuple tuple : mapping.getValue()) {
            walkEntry(tuple, path, kind, depth);
          }
        }
      } else if (node instanceof SequenceNode sequence) {
        for (Node item : sequence.getValue()) {
          if (item instanceof ScalarNode scalar && assignment(scalar, kind)) {
            continue;
          }
          walk(item, path, key, kind, depth + 1);
        }
      }
    } finally {
      walking.remove(node);
    }
  }

  private void walkEntry(NodeTuple tuple, List<String> path, EntryKind kind, int depth) {
    Node keyNode = tuple.getKeyNode();
    if (!(keyNode instanceof ScalarNode key)) {
      walk(tuple.getValueNode(), path, null, kind, depth + 1);
      return;
    }
    String name = key.getValue();
    if (name.equals("<<")) {
      walk(tuple.getValueNode(), path, null, kind, depth + 1);
      return;
    }
    List<String> child = new ArrayList<>(path.size() + 1);
    child.addAll(path);
    child.add(name);
    String lower = name.toLowerCase(Locale.ROOT);
    EntryKind childKind =
        lower.equals("environment") || lower.equals("env") || isAzureFunctionsSettings(path, name)
            ? EntryKind.ENVIRONMENT_VARIABLE
            : kind;
    walk(tuple.getValueNode(), child, key, childKind, depth + 1);
  }

  /**
   * The {@code Values} of an Azure Functions {@code local.settings.json}: the app settings the
   * function reads as environment variables.
   */
  private boolean isAzureFunctionsSettings(List<String> path, String name) {
    String file = sink.path().replace('\\', '/');
    return path.isEmpty()
        && name.equals("Values")
        && file.substring(file.lastIndexOf('/') + 1).equals("local.settings.json");
  }

  /** A Kubernetes-style {@code {name: X, value: Y}}: the entry X. */
  private boolean namedPair(MappingNode mapping, EntryKind kind) {
    ScalarNode name = null;
    ScalarNode value = null;
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key
          && tuple.getValueNode() instanceof ScalarNode scalar) {
        switch (key.getValue()) {
          case "name" -> name = scalar;
          case "value" -> value = scalar;
          default -> {}
        }
      }
    }
    if (name == null || value == null || mapping.getValue().size() > 3) {
      return false;
    }
    add(
        name.getValue(),
        name,
        value,
        kind == EntryKind.PROPERTY ? EntryKind.ENVIRONMENT_VARIABLE : kind);
    return true;
  }

  /** A docker-compose {@code - NAME=value} item (or an argument {@code --name=value}). */
  private boolean assignment(ScalarNode scalar, EntryKind kind) {
    Matcher m = ASSIGNMENT.matcher(scalar.getValue());
    if (!m.matches()) {
      return false;
    }
    int start = offset(scalar.getStartMark().orElse(null));
    int end = offset(scalar.getEndMark().orElse(null));
    EntryKind entryKind = m.group(1) != null ? EntryKind.PROPERTY : EntryKind.ENVIRONMENT_VARIABLE;
    int nameStart = sink.text().indexOf(m.group(2), start);
    int nameEnd = nameStart < 0 ? -1 : nameStart + m.group(2).length();
    sink.add(
        m.group(2),
        kind == EntryKind.ENVIRONMENT_VARIABLE ? kind : entryKind,
        nameStart < 0 || nameEnd > end ? start : nameStart,
        nameStart < 0 || nameEnd > end ? start : nameEnd,
        m.group(3),
        start,
        end);
    return true;
  }

  private void add(String name, ScalarNode key, ScalarNode value, EntryKind kind) {
    int nameStart = key == null ? -1 : offset(key.getStartMark().orElse(null));
    int nameEnd = key == null ? -1 : offset(key.getEndMark().orElse(null));
    int start = offset(value.getStartMark().orElse(null));
    int end = offset(value.getEndMark().orElse(null));
    Optional<ConfigFormat> file =
        key == null || embedded || value.getScalarStyle() != ScalarStyle.LITERAL
            ? Optional.empty()
            : EmbeddedConfig.formatOf(key.getValue());
    if (file.isPresent() && EmbeddedConfig.read(sink, file.get(), value.getValue(), start)) {
      return; // application.yaml: | of a ConfigMap: its entries, not the block as one value
    }
    sink.add(name, kind, nameStart, nameEnd, value.getValue(), start, end);
  }

  private int offset(Mark mark) {
    return mark == null ? 0 : offsets.charOffset(mark.getIndex());
  }

  /** SnakeYAML counts code points; the rest of the analyzer counts chars. */
  private static final class CodePointOffsets {
    private final String text;
    private final boolean sameAsChars;

    CodePointOffsets(String text) {
      this.text = text;
      this.sameAsChars = text.codePoints().count() == text.length();
    }

    int charOffset(int codePointIndex) {
      if (sameAsChars) {
        return Math.min(codePointIndex, text.length());
      }
      try {
        return text.offsetByCodePoints(0, codePointIndex);
      } catch (IndexOutOfBoundsException e) {
        return text.length();
      }
    }
  }
}
