package com.fernbrook.relay.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizes the relay's small person-filter language: {@code plan = "pro" and (seats > 5 or trial)}.
 */
public final class FilterLexer {

    public enum TokenType { IDENT, STRING, NUMBER, OPERATOR, LPAREN, RPAREN, AND, OR }

    public record Token(TokenType type, String text, int position) {
    }

    private final String source;
    private int pos;

    public FilterLexer(String source) {
        this.source = source;
    }

    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '(') {
                tokens.add(new Token(TokenType.LPAREN, "(", pos++));
            } else if (c == ')') {
                tokens.add(new Token(TokenType.RPAREN, ")", pos++));
            } else if (c == '"') {
                int start = pos++;
                while (pos < source.length() && source.charAt(pos) != '"') {
                    pos++;
                }
                pos++;
                tokens.add(new Token(TokenType.STRING, source.substring(start + 1, Math.min(pos - 1, source.length())), start));
            } else if ("=<>!".indexOf(c) >= 0) {
                int start = pos;
                while (pos < source.length() && "=<>!".indexOf(source.charAt(pos)) >= 0) {
                    pos++;
                }
                tokens.add(new Token(TokenType.OPERATOR, source.substring(start, pos), start));
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < source.length() && Character.isDigit(source.charAt(pos))) {
                    pos++;
                }
                tokens.add(new Token(TokenType.NUMBER, source.substring(start, pos), start));
            } else {
                int start = pos;
                while (pos < source.length() && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '_')) {
                    pos++;
                }
                if (start == pos) {
                    throw new IllegalArgumentException("unexpected '" + c + "' at " + pos);
                }
                String word = source.substring(start, pos);
                TokenType type = switch (word) {
                    case "and" -> TokenType.AND;
                    case "or" -> TokenType.OR;
                    default -> TokenType.IDENT;
                };
                tokens.add(new Token(type, word, start));
            }
        }
        return tokens;
    }
}
