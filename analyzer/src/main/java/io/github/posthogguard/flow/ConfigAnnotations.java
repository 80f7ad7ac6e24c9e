package io.github.posthogguard.flow;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.github.posthogguard.values.ConstantStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration keys an element is injected from: Spring {@code @Value("${key[:default]}")},
 * MicroProfile {@code @ConfigProperty(name = "key")}, Micronaut {@code @Property(name = "key")}.
 */
final class ConfigAnnotations {
  private static final Set<String> INJECTING = Set.of("Value", "ConfigProperty", "Property");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");

  private ConfigAnnotations() {}

  static List<String> keysOf(NodeWithAnnotations<?> annotated, ConstantStrings constants) {
    List<String> keys = new ArrayList<>();
    for (AnnotationExpr annotation : annotated.getAnnotations()) {
      if (!INJECTING.contains(annotation.getName().getIdentifier())) {
        continue;
      }
      Optional<Expression> value = Optional.empty();
      if (annotation instanceof SingleMemberAnnotationExpr single) {
        value = Optional.of(single.getMemberValue());
      } else if (annotation instanceof NormalAnnotationExpr normal) {
        value =
            normal.getPairs().stream()
                .filter(
                    p -> p.getNameAsString().equals("name") || p.getNameAsString().equals("value"))
                .map(MemberValuePair::getValue)
                .findFirst();
      }
      value
          .flatMap(constants::valueOf)
          .ifPresent(
              text -> {
                Matcher placeholder = PLACEHOLDER.matcher(text);
                keys.add((placeholder.find() ? placeholder.group(1) : text).strip());
              });
    }
    return keys;
  }
}
