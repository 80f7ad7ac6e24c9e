package com.northwind.flagrpc.provider;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Splits the rollout guards kept in Nacos ("country == 'DE' && plan != 'free'") into tokens.
 */
final class FlagExpressionLexer {

    private static final Logger log = LogManager.getLogger(FlagExpressionLexer.class);

    enum Kind { IDENT, STRING, OPERATOR, AND, OR }

    record Token(Kind kind, String text, int position) {
    }

    List<Token> tokenize(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token token;
            if (c == '\'') {
                int end = expression.indexOf('\'', i + 1);
                token = new Token(Kind.STRING, expression.substring(i + 1, end), start);
                i = end + 1;
            } else if (expression.startsWith("&&", i)) {
                token = new Token(Kind.AND, "&&", start);
                i += 2;
            } else if (expression.startsWith("||", i)) {
                token = new Token(Kind.OR, "||", start);
                i += 2;
            } else if (expression.startsWith("==", i) || expression.startsWith("!=", i)) {
                token = new Token(Kind.OPERATOR, expression.substring(i, i + 2), start);
                i += 2;
            } else {
                while (i < expression.length() && Character.isLetterOrDigit(expression.charAt(i))) {
                    i++;
                }
                token = new Token(Kind.IDENT, expression.substring(start, i), start);
            }
            log.trace("lexed {}", token);
            tokens.add(token);
        }
        return tokens;
    }
}
