package com.northwind.flagadmin.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Tiny parser for override rules such as {@code plan == "enterprise" && country != "DE"}.
 */
public final class RuleExpressionParser {

    private static final Logger LOG = Logger.getLogger(RuleExpressionParser.class.getName());

    public enum TokenType { IDENT, STRING, EQ, NEQ, AND, OR, EOF }

    public record Token(TokenType type, String text, int position) {
    }

    private final List<Token> tokens;
    private int index;

    public RuleExpressionParser(String expression) {
        this.tokens = tokenize(expression);
    }

    public boolean evaluate(Map<String, String> properties) {
        boolean result = comparison(properties);
        while (peek().type() == TokenType.AND || peek().type() == TokenType.OR) {
            Token op = tokens.get(index++);
            boolean right = comparison(properties);
            result = op.type() == TokenType.AND ? result && right : result || right;
        }
        return result;
    }

    private boolean comparison(Map<String, String> properties) {
        Token name = expect(TokenType.IDENT);
        Token op = tokens.get(index++);
        Token value = expect(TokenType.STRING);
        String actual = properties.get(name.text());
        boolean equal = value.text().equals(actual);
        return op.type() == TokenType.EQ ? equal : !equal;
    }

    private Token expect(TokenType type) {
        Token token = tokens.get(index++);
        if (token.type() != type) {
            LOG.warning("Unexpected token '" + token.text() + "' at " + token.position() + ", wanted " + type);
            throw new IllegalArgumentException("Malformed rule at position " + token.position());
        }
        return token;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private static List<Token> tokenize(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = src.indexOf('"', i + 1);
                out.add(new Token(TokenType.STRING, src.substring(i + 1, end), i));
                i = end + 1;
            } else if (src.startsWith("==", i)) {
                out.add(new Token(TokenType.EQ, "==", i));
                i += 2;
            } else if (src.startsWith("!=", i)) {
                out.add(new Token(TokenType.NEQ, "!=", i));
                i += 2;
            } else if (src.startsWith("&&", i)) {
                out.add(new Token(TokenType.AND, "&&", i));
                i += 2;
            } else if (src.startsWith("||", i)) {
                out.add(new Token(TokenType.OR, "||", i));
                i += 2;
            } else {
                int start = i;
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalArgumentException("Unexpected character '" + c + "' at " + i);
                }
                out.add(new Token(TokenType.IDENT, src.substring(start, i), start));
            }
        }
        out.add(new Token(TokenType.EOF, "", src.length()));
        return out;
    }
}
