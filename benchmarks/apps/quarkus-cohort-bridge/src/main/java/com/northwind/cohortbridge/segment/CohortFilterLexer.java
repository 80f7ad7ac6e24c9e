package com.northwind.cohortbridge.segment;

import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the small filter language of segment mappings ({@code plan = "pro" and country != "DE"})
 * into tokens.
 */
public class CohortFilterLexer {

    private static final Logger LOG = Logger.getLogger(CohortFilterLexer.class);

    public enum TokenType { IDENT, STRING, OPERATOR, AND, OR }

    public record Token(TokenType type, String text, int position) {
    }

    public List<Token> tokenize(String filter) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < filter.length()) {
            char c = filter.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token token;
            if (c == '"') {
                int end = filter.indexOf('"', i + 1);
                token = new Token(TokenType.STRING, filter.substring(i + 1, end), start);
                i = end + 1;
            } else if ("=!<>".indexOf(c) >= 0) {
                while (i < filter.length() && "=!<>".indexOf(filter.charAt(i)) >= 0) {
                    i++;
                }
                token = new Token(TokenType.OPERATOR, filter.substring(start, i), start);
            } else {
                while (i < filter.length() && Character.isLetterOrDigit(filter.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    i++;
                }
                String word = filter.substring(start, i);
                TokenType type = switch (word.toLowerCase()) {
                    case "and" -> TokenType.AND;
                    case "or" -> TokenType.OR;
                    default -> TokenType.IDENT;
                };
                token = new Token(type, word, start);
            }
            LOG.tracef("lexed token %s", token);
            tokens.add(token);
        }
        return tokens;
    }
}
