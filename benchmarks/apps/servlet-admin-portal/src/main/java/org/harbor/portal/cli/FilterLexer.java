package org.harbor.portal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** Tokenizer for the --filter expressions of portal-admin: {@code event = "signup" and plan != free}. */
final class FilterLexer {

    enum TokenType { IDENT, STRING, EQ, NEQ, AND, OR, LPAREN, RPAREN, EOF }

    record Token(TokenType type, String text, int position) {
    }

    private static final Logger LOG = Logger.getLogger(FilterLexer.class.getName());

    private final String input;
    private int pos;

    FilterLexer(String input) {
        this.input = input;
    }

    List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = next();
            LOG.finest("lexed " + token);
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
        if (c == '(' || c == ')') {
            pos++;
            return new Token(c == '(' ? TokenType.LPAREN : TokenType.RPAREN, String.valueOf(c), start);
        }
        if (c == '=') {
            pos++;
            return new Token(TokenType.EQ, "=", start);
        }
        if (c == '!' && pos + 1 < input.length() && input.charAt(pos + 1) == '=') {
            pos += 2;
            return new Token(TokenType.NEQ, "!=", start);
        }
        if (c == '"') {
            int end = input.indexOf('"', pos + 1);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated string at " + start);
            }
            pos = end + 1;
            return new Token(TokenType.STRING, input.substring(start + 1, end), start);
        }
        while (pos < input.length() && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '_')) {
            pos++;
        }
        if (pos == start) {
            throw new IllegalArgumentException("unexpected '" + c + "' at " + start);
        }
        String word = input.substring(start, pos);
        TokenType type = switch (word.toLowerCase()) {
            case "and" -> TokenType.AND;
            case "or" -> TokenType.OR;
            default -> TokenType.IDENT;
        };
        return new Token(type, word, start);
    }
}
