package io.northwind.flags.rules;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizer for override targeting rules such as {@code country == "DE" && plan in ("pro", "team")}.
 */
public final class RuleLexer {

    private static final Logger LOGGER = System.getLogger(RuleLexer.class.getName());

    public enum TokenType { IDENTIFIER, STRING, NUMBER, OPERATOR, LPAREN, RPAREN, COMMA, EOF }

    public record Token(TokenType type, String text, int position) {
    }

    private final String input;
    private int pos;

    public RuleLexer(String input) {
        this.input = input;
    }

    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = next();
            LOGGER.log(Level.TRACE, "rule token {0} at {1}", token, token.position());
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
        if (c == '(') {
            pos++;
            return new Token(TokenType.LPAREN, "(", start);
        }
        if (c == ')') {
            pos++;
            return new Token(TokenType.RPAREN, ")", start);
        }
        if (c == ',') {
            pos++;
            return new Token(TokenType.COMMA, ",", start);
        }
        if (c == '"') {
            int end = input.indexOf('"', pos + 1);
            if (end < 0) {
                throw new IllegalArgumentException("Unterminated string at " + start);
            }
            pos = end + 1;
            return new Token(TokenType.STRING, input.substring(start + 1, end), start);
        }
        if (Character.isDigit(c)) {
            while (pos < input.length() && Character.isDigit(input.charAt(pos))) {
                pos++;
            }
            return new Token(TokenType.NUMBER, input.substring(start, pos), start);
        }
        if (Character.isLetter(c)) {
            while (pos < input.length()
                    && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(TokenType.IDENTIFIER, input.substring(start, pos), start);
        }
        if ("=!<>&|".indexOf(c) >= 0) {
            while (pos < input.length() && "=!<>&|".indexOf(input.charAt(pos)) >= 0) {
                pos++;
            }
            return new Token(TokenType.OPERATOR, input.substring(start, pos), start);
        }
        throw new IllegalArgumentException("Unexpected character '" + c + "' at " + start);
    }
}
