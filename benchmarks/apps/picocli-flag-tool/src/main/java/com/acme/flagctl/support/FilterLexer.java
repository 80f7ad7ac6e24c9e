package com.acme.flagctl.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizer for the small `--where` language of `flagctl flags`, e.g. {@code active and rollout >= 50}.
 */
public final class FilterLexer {

    public enum Kind { IDENT, NUMBER, STRING, OPERATOR, AND, OR, NOT, LPAREN, RPAREN }

    public record Token(Kind kind, String text, int position) {
    }

    private FilterLexer() {
    }

    public static List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(c), i++));
            } else if ("<>=!".indexOf(c) >= 0) {
                int start = i++;
                if (i < input.length() && input.charAt(i) == '=') {
                    i++;
                }
                tokens.add(new Token(Kind.OPERATOR, input.substring(start, i), start));
            } else if (c == '\'' || c == '"') {
                int end = input.indexOf(c, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + i);
                }
                tokens.add(new Token(Kind.STRING, input.substring(i + 1, end), i));
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < input.length() && Character.isDigit(input.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, input.substring(start, i), start));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < input.length() && (Character.isLetterOrDigit(input.charAt(i)) || input.charAt(i) == '_' || input.charAt(i) == '-')) {
                    i++;
                }
                String word = input.substring(start, i);
                Kind kind = switch (word.toLowerCase()) {
                    case "and" -> Kind.AND;
                    case "or" -> Kind.OR;
                    case "not" -> Kind.NOT;
                    default -> Kind.IDENT;
                };
                tokens.add(new Token(kind, word, start));
            } else {
                throw new IllegalArgumentException("Unexpected '" + c + "' at " + i);
            }
        }
        return tokens;
    }
}
