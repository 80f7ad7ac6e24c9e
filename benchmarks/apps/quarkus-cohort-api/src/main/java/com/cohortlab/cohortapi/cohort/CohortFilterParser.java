package com.cohortlab.cohortapi.cohort;

import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Tiny lexer for the filter expressions the UI sends, e.g. {@code persons >= 500 and static}.
 */
public class CohortFilterParser {

    private static final Logger LOG = Logger.getLogger(CohortFilterParser.class);

    public enum TokenType { IDENT, NUMBER, OPERATOR, AND, EOF }

    public record Token(TokenType type, String text, int position) {
    }

    public List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token token;
            if (Character.isDigit(c)) {
                while (i < input.length() && Character.isDigit(input.charAt(i))) i++;
                token = new Token(TokenType.NUMBER, input.substring(start, i), start);
            } else if (Character.isLetter(c)) {
                while (i < input.length() && Character.isLetterOrDigit(input.charAt(i))) i++;
                String word = input.substring(start, i);
                token = new Token("and".equalsIgnoreCase(word) ? TokenType.AND : TokenType.IDENT, word, start);
            } else {
                while (i < input.length() && "<>=!".indexOf(input.charAt(i)) >= 0) i++;
                if (i == start) {
                    throw new IllegalArgumentException("Unexpected character '" + c + "' at " + start);
                }
                token = new Token(TokenType.OPERATOR, input.substring(start, i), start);
            }
            LOG.tracef("lexed token %s", token);
            tokens.add(token);
        }
        tokens.add(new Token(TokenType.EOF, "", input.length()));
        return tokens;
    }

    /** Supports only "persons OP number" clauses joined by "and"; enough for the UI today. */
    public int minPersons(String expression) {
        List<Token> tokens = tokenize(expression);
        int min = 0;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).type() == TokenType.IDENT && "persons".equals(tokens.get(i).text())
                    && tokens.get(i + 1).text().startsWith(">")
                    && tokens.get(i + 2).type() == TokenType.NUMBER) {
                min = Math.max(min, Integer.parseInt(tokens.get(i + 2).text()));
            }
        }
        return min;
    }
}
