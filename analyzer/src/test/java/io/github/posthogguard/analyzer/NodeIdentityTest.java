package io.github.posthogguard.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No hash map or set of the analyzer is keyed by JavaParser nodes (issue 14, point 1). A node's
 * {@code hashCode} and {@code equals} walk its whole subtree, so such a map costs O(size of the
 * subtree) per lookup, O(n²) on a large file, and takes two equal-looking expressions for one:
 * nodes are keyed by identity ({@code IdentityHashMap}, {@code Collections.newSetFromMap(new
 * IdentityHashMap<>())}). Checked on the analyzer's sources, parsed with JavaParser: every {@code
 * new HashMap}, {@code HashSet}, {@code LinkedHashMap}, ... whose key type, written in the creation
 * or in the declaration it initializes, is a JavaParser AST type.
 */
class NodeIdentityTest {
  private static final Set<String> HASHED =
      Set.of(
          "HashMap",
          "HashSet",
          "LinkedHashMap",
          "LinkedHashSet",
          "ConcurrentHashMap",
          "WeakHashMap",
          "Hashtable");
  private static final Path SOURCES = Path.of("src/main/java");

  @Test
  void noHashedCollectionOfTheAnalyzerIsKeyedByAstNodes() throws IOException {
    List<String> offenders = new ArrayList<>();
    int files = 0;
    try (Stream<Path> paths = Files.walk(SOURCES)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
        files++;
        offenders.addAll(offenders(SOURCES.relativize(path).toString(), Files.readString(path)));
      }
    }

    assertThat(files).isGreaterThan(50);
    assertThat(offenders).isEmpty();
  }

  @Test
  void theCheckFindsANodeKeyedMapOrSetWhereverTheKeyTypeIsWritten() {
    String planted =
        """
        import com.github.javaparser.ast.Node;
        import com.github.javaparser.ast.expr.NameExpr;
        import java.util.*;
        class Planted {
          private final Map<NameExpr, String> byName = new HashMap<>();
          Set<com.github.javaparser.ast.body.MethodDeclaration> seen = new LinkedHashSet<>();
          Object explicit = new HashSet<Node>();
          private final Map<Node, String> fine = new IdentityHashMap<>();
          private final Map<String, Node> valuesAreFine = new HashMap<>();
        }
        """;

    assertThat(offenders("Planted.java", planted))
        .containsExactly(
            "Planted.java:5 new HashMap<>()",
            "Planted.java:6 new LinkedHashSet<>()",
            "Planted.java:7 new HashSet<Node>()");
  }

  private static List<String> offenders(String path, String source) {
    CompilationUnit unit = JavaParsers.forThisThread().parse(source).getResult().orElseThrow();
    Set<String> astTypes = astTypesImported(unit);
    List<String> offenders = new ArrayList<>();
    for (ObjectCreationExpr creation : unit.findAll(ObjectCreationExpr.class)) {
      if (!HASHED.contains(creation.getType().getNameAsString())) {
        continue;
      }
      Optional<Type> key = keyType(creation);
      if (key.isPresent() && isAst(key.get(), astTypes)) {
        offenders.add(path + ":" + creation.getBegin().map(p -> p.line).orElse(0) + " " + creation);
      }
    }
    return offenders;
  }

  /** The key type: the creation's first type argument, or that of the declaration it sets. */
  private static Optional<Type> keyType(ObjectCreationExpr creation) {
    Optional<Type> written = creation.getType().getTypeArguments().flatMap(args -> args.getFirst());
    if (written.isPresent()) {
      return written;
    }
    return creation
        .getParentNode()
        .filter(VariableDeclarator.class::isInstance)
        .map(VariableDeclarator.class::cast)
        .map(VariableDeclarator::getType)
        .filter(Type::isClassOrInterfaceType)
        .flatMap(t -> t.asClassOrInterfaceType().getTypeArguments())
        .flatMap(args -> args.getFirst());
  }

  private static boolean isAst(Type type, Set<String> astTypes) {
    if (!(type instanceof ClassOrInterfaceType named)) {
      return false;
    }
    String name = named.getNameWithScope();
    return name.startsWith("com.github.javaparser.ast.")
        || astTypes.contains(named.getNameAsString());
  }

  /** The simple names the file imports from JavaParser's AST packages. */
  private static Set<String> astTypesImported(CompilationUnit unit) {
    Set<String> names = new HashSet<>();
    for (ImportDeclaration declaration : unit.getImports()) {
      String imported = declaration.getNameAsString();
      if (imported.startsWith("com.github.javaparser.ast") && !declaration.isAsterisk()) {
        names.add(imported.substring(imported.lastIndexOf('.') + 1));
      }
    }
    return names;
  }
}
