package com.northwind.flags.rules;

import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits rollout expressions such as {@code plan == "enterprise" && region != "eu"}
 * into tokens for the local rule evaluator.
 */
public final class RolloutExpressionLexer {

    private static final Logger LOG = Logger.getLogger(RolloutExpressionLexer.class);

    public enum TokenType { IDENTIFIER, STRING, NUMBER, OPERATOR, LPAREN, RPAREN }

    public record Token(TokenType type, String text, int position) {
    }

    private RolloutExpressionLexer() {
    }

    public static List<Token> tokenize(String expression) {
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
            if (c == '(' || c == ')') {
                token = new Token(c == '(' ? TokenType.LPAREN : TokenType.RPAREN, String.valueOf(c), start);
                i++;
            } else if (c == '"') {
                int end = expression.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at position " + start);
                }
                token = new Token(TokenType.STRING, expression.substring(i + 1, end), start);
                i = end + 1;
            } else if (Character.isDigit(c)) {
                while (i < expression.length() && Character.isDigit(expression.charAt(i))) {
                    i++;
                }
                token = new Token(TokenType.NUMBER, expression.substring(start, i), start);
            } else if (Character.isLetter(c) || c == '_') {
                while (i < expression.length()
                        && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_')) {
                    i++;
                }
                token = new Token(TokenType.IDENTIFIER, expression.substring(start, i), start);
            } else {
                int len = (i + 1 < expression.length() && "=&|".indexOf(expression.charAt(i + 1)) >= 0) ? 2 : 1;
                token = new Token(TokenType.OPERATOR, expression.substring(i, i + len), start);
                i += len;
            }
            LOG.tracef("lexed token %s", token);
            tokens.add(token);
        }
        return tokens;
    }
}
