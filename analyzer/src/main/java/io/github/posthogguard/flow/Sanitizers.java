package io.github.posthogguard.flow;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.Locale;
import java.util.Set;

/**
 * Calls whose result shows nothing of a secret: booleans and numbers about it, hashes and digests,
 * masks, and a prefix no longer than a PostHog key's prefix plus 4 characters.
 */
final class Sanitizers {
  private static final Set<String> SAFE_RESULTS =
      Set.of(
          "length",
          "isEmpty",
          "isBlank",
          "hashCode",
          "equals",
          "equalsIgnoreCase",
          "startsWith",
          "endsWith",
          "contains",
          "matches",
          "compareTo",
          "compareToIgnoreCase",
          "indexOf",
          "lastIndexOf",
          "size",
          "isPresent",
          "isNull",
          "nonNull",
          "count",
          "getClass");
  private static final Set<String> SAFE_WORDS =
      Set.of(
          "mask",
          "redact",
          "obfuscat",
          "anonymi",
          "hash",
          "digest",
          "fingerprint",
          "encrypt",
          "sha1",
          "sha256",
          "sha512",
          "md5",
          "hmac",
          "checksum",
          "crc32",
          "scrub",
          "sanitiz");

  /** "phx_" and 4 characters: what PostHog itself shows of a key. */
  private static final int LONGEST_SAFE_PREFIX = 8;

  /** PostHog stores a personal key's last 4 characters in plain text. */
  private static final int LONGEST_SAFE_SUFFIX = 4;

  private final Set<String> custom;

  Sanitizers(Set<String> custom) {
    this.custom = custom;
  }

  boolean sanitizes(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (SAFE_RESULTS.contains(name) || custom.contains(name)) {
      return true;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (SAFE_WORDS.stream().anyMatch(lower::contains)) {
      return true;
    }
    String scope = call.getScope().map(Object::toString).orElse("");
    if (scope.endsWith("DigestUtils")
        || scope.endsWith("MessageDigest")
        || scope.endsWith("Hashing")) {
      return true;
    }
    return name.equals("substring") && (isShortPrefix(call) || isShortSuffix(call));
  }

  /** {@code s.substring(s.length() - n)} with n at most 4. */
  private static boolean isShortSuffix(MethodCallExpr call) {
    if (call.getArguments().size() != 1
        || call.getScope().isEmpty()
        || !(call.getArgument(0) instanceof BinaryExpr minus)
        || minus.getOperator() != BinaryExpr.Operator.MINUS
        || !(minus.getRight() instanceof IntegerLiteralExpr n)) {
      return false;
    }
    String length = call.getScope().get() + ".length()";
    return minus.getLeft().toString().equals(length)
        && n.asNumber().intValue() <= LONGEST_SAFE_SUFFIX;
  }

  private static boolean isShortPrefix(MethodCallExpr call) {
    if (call.getArguments().size() != 2) {
      return false;
    }
    Expression from = call.getArgument(0);
    Expression to = call.getArgument(1);
    return from instanceof IntegerLiteralExpr f
        && f.asNumber().intValue() == 0
        && to instanceof IntegerLiteralExpr t
        && t.asNumber().intValue() <= LONGEST_SAFE_PREFIX;
  }
}
