package com.northwind.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the dashboard search box ("status:shipped total>100 acme") into tokens.
 */
@ApplicationScoped
public class SearchQueryLexer {

    private static final Logger LOG = Logger.getLogger(SearchQueryLexer.class);

    public enum TokenType { FIELD, OPERATOR, NUMBER, WORD }

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
            if (c == ':' || c == '>' || c == '<' || c == '=') {
                token = new Token(TokenType.OPERATOR, String.valueOf(c), start);
                i++;
            } else if (Character.isDigit(c)) {
                while (i < input.length() && Character.isDigit(input.charAt(i))) {
                    i++;
                }
                token = new Token(TokenType.NUMBER, input.substring(start, i), start);
            } else {
                while (i < input.length() && Character.isLetterOrDigit(input.charAt(i))) {
                    i++;
                }
                boolean field = i < input.length() && input.charAt(i) == ':';
                token = new Token(field ? TokenType.FIELD : TokenType.WORD, input.substring(start, i), start);
            }
            LOG.tracef("lexed token %s", token);
            tokens.add(token);
        }
        return tokens;
    }
}
