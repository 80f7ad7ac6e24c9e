package io.northwind.flagportal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Splits a targeting rule such as {@code country == "DE" && plan in ["pro", "team"]}
 * into tokens for the rule preview on the dashboard.
 */
public final class RuleExpressionLexer {

    private static final Logger LOG = Logger.getLogger(RuleExpressionLexer.class.getName());

    public enum TokenType { IDENTIFIER, STRING, NUMBER, OPERATOR, LBRACKET, RBRACKET, COMMA, END }

    public record Token(TokenType type, String text, int position) {
    }

    private final String input;
    private int pos;

    public RuleExpressionLexer(String input) {
        this.input = input;
    }

    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = next();
            LOG.finest("lexed token " + token);
            tokens.add(token);
        } while (token.type() != TokenType.END);
        return tokens;
    }

    private Token next() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        if (pos >= input.length()) {
            return new Token(TokenType.END, "", pos);
        }
        int start = pos;
        char c = input.charAt(pos);
        if (c == '[') {
            pos++;
            return new Token(TokenType.LBRACKET, "[", start);
        }
        if (c == ']') {
            pos++;
            return new Token(TokenType.RBRACKET, "]", start);
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
            while (pos < input.length() && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(TokenType.IDENTIFIER, input.substring(start, pos), start);
        }
        while (pos < input.length() && "=!<>&|".indexOf(input.charAt(pos)) >= 0) {
            pos++;
        }
        if (pos == start) {
            throw new IllegalArgumentException("Unexpected '" + c + "' at " + start);
        }
        return new Token(TokenType.OPERATOR, input.substring(start, pos), start);
    }
}
