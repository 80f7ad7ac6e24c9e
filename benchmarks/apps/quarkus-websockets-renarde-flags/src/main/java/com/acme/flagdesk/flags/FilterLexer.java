package com.acme.flagdesk.flags;

import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizes the filter expressions typed in the support console, e.g.
 * {@code key:beta-* and active:true}.
 */
public final class FilterLexer {

    private static final Logger LOG = Logger.getLogger(FilterLexer.class);

    public enum TokenType { IDENT, COLON, STAR, AND, OR, NOT, LPAREN, RPAREN, EOF }

    public record Token(TokenType type, String text, int position) {
    }

    private final String input;
    private int pos;

    public FilterLexer(String input) {
        this.input = input;
    }

    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = next();
            tokens.add(token);
        } while (token.type() != TokenType.EOF);
        return tokens;
    }

    private Token next() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        if (pos >= input.length()) {
            return new Token(TokenType.EOF, "", pos);
        }
        int start = pos;
        char c = input.charAt(pos);
        switch (c) {
            case ':' -> { pos++; return new Token(TokenType.COLON, ":", start); }
            case '*' -> { pos++; return new Token(TokenType.STAR, "*", start); }
            case '(' -> { pos++; return new Token(TokenType.LPAREN, "(", start); }
            case ')' -> { pos++; return new Token(TokenType.RPAREN, ")", start); }
            default -> {
                while (pos < input.length() && isIdentPart(input.charAt(pos))) {
                    pos++;
                }
                if (pos == start) {
                    throw new IllegalArgumentException("Unexpected character '" + c + "' at " + start);
                }
                String word = input.substring(start, pos);
                Token token = switch (word.toLowerCase()) {
                    case "and" -> new Token(TokenType.AND, word, start);
                    case "or" -> new Token(TokenType.OR, word, start);
                    case "not" -> new Token(TokenType.NOT, word, start);
                    default -> new Token(TokenType.IDENT, word, start);
                };
                LOG.tracef("lexed token %s", token);
                return token;
            }
        }
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }
}
