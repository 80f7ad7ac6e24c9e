package io.github.posthogguard.project;

import java.util.BitSet;

/**
 * A Java file's text without its comments and without what the bodies of its methods, constructors
 * and initializers hold: what a summary of a file that no rule reads needs (its types, supertypes,
 * fields and constants, method signatures) at a fraction of a full parse's cost.
 *
 * <p>Every line break stays, so every declaration keeps its line (a declaration after a body on the
 * body's own line moves left). Field initializers (anonymous classes and lambdas in them included)
 * and nested types are kept. One pass over the text, which reads comments, string and character
 * literals and text blocks so that no brace in them counts. Text this does not understand comes out
 * as text a parser rejects, never as other declarations: a caller falls back to the whole text.
 */
final class DeclarationsOnly {
  /** What an open brace opened. */
  private enum Block {
    /** A class, interface, enum, record or annotation body: its members are judged one by one. */
    TYPE,
    /** A method, constructor or initializer body: emptied. */
    BODY,
    /** Anything else (an initializer's array, lambda or anonymous class): kept as written. */
    OTHER
  }

  private final String text;
  private final BitSet dropped;
  private final BitSet spaced; // a comment becomes one space: it may part two tokens
  private final Block[] blocks;
  private int depth;
  private int parens;
  private int i;

  // the member being read at a type's level: what its text so far says it is
  private boolean memberAssigns;
  private boolean memberDeclaresType;

  private DeclarationsOnly(String text) {
    this.text = text;
    this.dropped = new BitSet(text.length());
    this.spaced = new BitSet(text.length());
    this.blocks = new Block[text.length() + 1];
  }

  static String of(String text) {
    return new DeclarationsOnly(text).strip();
  }

  private String strip() {
    int bodyStart = -1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (skipLiteralOrComment()) {
        continue;
      }
      boolean atMemberLevel = bodyStart < 0 && parens == 0 && (depth == 0 || top() == Block.TYPE);
      if (c == '(') {
        parens++;
      } else if (c == ')') {
        parens = Math.max(0, parens - 1);
      } else if (c == '{') {
        Block block = atMemberLevel ? memberBlock() : bodyStart >= 0 ? Block.BODY : Block.OTHER;
        blocks[depth++] = block;
        if (block == Block.BODY && bodyStart < 0) {
          bodyStart = i + 1;
        }
        newMember();
      } else if (c == '}') {
        if (depth > 0) {
          depth--;
          if (bodyStart >= 0 && (depth == 0 || blocks[depth - 1] != Block.BODY)) {
            drop(bodyStart, i);
            bodyStart = -1;
          }
        }
        newMember();
      } else if (c == ';' && atMemberLevel) {
        newMember();
      } else if (atMemberLevel && c == '=') {
        memberAssigns = true;
      } else if (atMemberLevel && Character.isJavaIdentifierStart(c)) {
        readWord();
        continue;
      }
      i++;
    }
    if (bodyStart >= 0) {
      drop(bodyStart, text.length()); // unclosed: the parser rejects it as it would the original
    }
    return kept();
  }

  /** The text without what was dropped, each dropped line break kept to keep every line. */
  private String kept() {
    StringBuilder out = new StringBuilder(text.length() - dropped.cardinality() / 2);
    for (int j = 0; j < text.length(); j++) {
      char c = text.charAt(j);
      if (spaced.get(j)) {
        out.append(' ');
      } else if (!dropped.get(j) || c == '\n' || c == '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private Block top() {
    return blocks[depth - 1];
  }

  private Block memberBlock() {
    if (memberAssigns) {
      return Block.OTHER;
    }
    return memberDeclaresType ? Block.TYPE : Block.BODY;
  }

  private void newMember() {
    memberAssigns = false;
    memberDeclaresType = false;
  }

  private void readWord() {
    int start = i;
    while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
      i++;
    }
    String word = text.substring(start, i);
    switch (word) {
      case "class", "interface", "enum" -> memberDeclaresType = true;
      case "record" -> memberDeclaresType |= nextIsIdentifier(); // not a method named record
      default -> {}
    }
  }

  private boolean nextIsIdentifier() {
    int j = i;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j > i && j < text.length() && Character.isJavaIdentifierStart(text.charAt(j));
  }

  /** Steps over a comment or literal at {@code i}, if one starts there. */
  private boolean skipLiteralOrComment() {
    char c = text.charAt(i);
    if (c == '/' && i + 1 < text.length()) {
      char next = text.charAt(i + 1);
      if (next == '/') {
        int end = lineEnd(i);
        dropComment(i, end);
        i = end;
        return true;
      }
      if (next == '*') {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? text.length() : end + 2;
        dropComment(i, end);
        i = end;
        return true;
      }
      return false;
    }
    if (c == '"') {
      i = text.startsWith("\"\"\"", i) ? textBlockEnd(i + 3) : quotedEnd(i + 1, '"');
      return true;
    }
    if (c == '\'') {
      i = quotedEnd(i + 1, '\'');
      return true;
    }
    return false;
  }

  private int lineEnd(int from) {
    int j = from;
    while (j < text.length() && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
      j++;
    }
    return j;
  }

  /** After the closing quote of a string or character literal; a line break ends a broken one. */
  private int quotedEnd(int from, char quote) {
    int j = from;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (c == '\\') {
        j += 2;
      } else if (c == quote) {
        return j + 1;
      } else if (c == '\n' || c == '\r') {
        return j;
      } else {
        j++;
      }
    }
    return text.length();
  }

  private int textBlockEnd(int from) {
    int j = from;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (c == '\\') {
        j += 2;
      } else if (text.startsWith("\"\"\"", j)) {
        return j + 3;
      } else {
        j++;
      }
    }
    return text.length();
  }

  /** No declaration, and costly: JavaParser makes a token of each of its blanks. */
  private void dropComment(int from, int to) {
    dropped.set(from, to);
    spaced.set(from);
  }

  private void drop(int from, int to) {
    dropped.set(from, to);
  }
}
