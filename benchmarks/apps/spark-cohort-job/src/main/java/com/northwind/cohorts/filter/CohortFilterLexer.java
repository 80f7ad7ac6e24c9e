package com.northwind.cohorts.filter;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Splits the cohort filter expressions of the export schedule
 * ({@code plan = 'pro' AND events >= 10}) into tokens.
 */
public final class CohortFilterLexer {

    private static final Logger log = LogManager.getLogger(CohortFilterLexer.class);

    public enum TokenType { IDENTIFIER, NUMBER, STRING, OPERATOR, AND, OR, LPAREN, RPAREN }

    public record Token(TokenType type, String text, int position) {
    }

    private CohortFilterLexer() {
    }

    public static List<Token> tokenize(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? TokenType.LPAREN : TokenType.RPAREN, String.valueOf(c), i));
                i++;
            } else if (c == '\'') {
                int end = expression.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + i + " in filter");
                }
                tokens.add(new Token(TokenType.STRING, expression.substring(i + 1, end), i));
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < expression.length() && Character.isDigit(expression.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(TokenType.NUMBER, expression.substring(start, i), start));
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < expression.length() && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_')) {
                    i++;
                }
                String word = expression.substring(start, i);
                TokenType type = switch (word.toUpperCase()) {
                    case "AND" -> TokenType.AND;
                    case "OR" -> TokenType.OR;
                    default -> TokenType.IDENTIFIER;
                };
                tokens.add(new Token(type, word, start));
            } else {
                int start = i;
                while (i < expression.length() && "<>=!".indexOf(expression.charAt(i)) >= 0) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalArgumentException("Unexpected '" + c + "' at " + i);
                }
                tokens.add(new Token(TokenType.OPERATOR, expression.substring(start, i), start));
            }
        }
        for (Token token : tokens) {
            log.trace("filter token {}", token);
        }
        return tokens;
    }
}
