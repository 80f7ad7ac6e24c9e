package com.northwind.flagdeck.util;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Tiny lexer for flagdeck targeting expressions such as {@code country == "DE" && plan != "free"}.
 */
public final class RuleLexer {

    private static final Logger LOG = Logger.getLogger(RuleLexer.class.getName());

    public enum TokenType { IDENT, STRING, EQ, NEQ, AND, OR, LPAREN, RPAREN }

    public List<TokenType> lex(String expression) {
        List<TokenType> out = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            TokenType token;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (c == '"') {
                int end = expression.indexOf('"', i + 1);
                i = end < 0 ? expression.length() : end + 1;
                token = TokenType.STRING;
            } else if (expression.startsWith("==", i)) {
                i += 2;
                token = TokenType.EQ;
            } else if (expression.startsWith("!=", i)) {
                i += 2;
                token = TokenType.NEQ;
            } else if (expression.startsWith("&&", i)) {
                i += 2;
                token = TokenType.AND;
            } else if (expression.startsWith("||", i)) {
                i += 2;
                token = TokenType.OR;
            } else if (c == '(' || c == ')') {
                i++;
                token = c == '(' ? TokenType.LPAREN : TokenType.RPAREN;
            } else {
                while (i < expression.length() && Character.isLetterOrDigit(expression.charAt(i))) {
                    i++;
                }
                token = TokenType.IDENT;
            }
            LOG.finest("lexed token " + token + " at " + i);
            out.add(token);
        }
        return out;
    }
}
