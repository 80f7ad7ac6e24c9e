package io.northwind.flaggate.query;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tokenizer for the tiny filter language of {@code GET /flags?filter=...},
 * e.g. {@code active and key:checkout-*}.
 */
public final class FilterLexer {

    private static final Logger LOGGER = Logger.getLogger(FilterLexer.class.getName());

    public enum TokenKind { WORD, COLON, AND, OR, NOT, END }

    public record Token(TokenKind kind, String text, int position) {
    }

    private final String input;
    private int pos;

    public FilterLexer(String input) {
        this.input = input == null ? "" : input;
    }

    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = nextToken();
            LOGGER.log(Level.FINEST, "lexed token {0}", token);
            tokens.add(token);
        } while (token.kind() != TokenKind.END);
        return tokens;
    }

    private Token nextToken() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        if (pos >= input.length()) {
            return new Token(TokenKind.END, "", pos);
        }
        int start = pos;
        if (input.charAt(pos) == ':') {
            pos++;
            return new Token(TokenKind.COLON, ":", start);
        }
        while (pos < input.length() && !Character.isWhitespace(input.charAt(pos)) && input.charAt(pos) != ':') {
            pos++;
        }
        String word = input.substring(start, pos);
        return switch (word.toLowerCase()) {
            case "and" -> new Token(TokenKind.AND, word, start);
            case "or" -> new Token(TokenKind.OR, word, start);
            case "not" -> new Token(TokenKind.NOT, word, start);
            default -> new Token(TokenKind.WORD, word, start);
        };
    }
}
