package com.acme.flaginfra.functions.util;

import java.util.ArrayList;
import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Splits event names such as {@code $pageview} or {@code checkout:step_completed} into tokens so
 * the ingest function can reject names the analytics team has not agreed on.
 */
public final class EventNameLexer {

    private static final Logger LOG = LogManager.getLogger(EventNameLexer.class);

    public enum TokenType { DOLLAR, WORD, SEPARATOR, INVALID }

    public record Token(TokenType type, String text, int position) {
    }

    public List<Token> tokenize(String name) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '$' && i == 0) {
                tokens.add(new Token(TokenType.DOLLAR, "$", i++));
            } else if (c == ':' || c == '.') {
                tokens.add(new Token(TokenType.SEPARATOR, String.valueOf(c), i++));
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < name.length() && (Character.isLetterOrDigit(name.charAt(i)) || name.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(TokenType.WORD, name.substring(start, i), start));
            } else {
                tokens.add(new Token(TokenType.INVALID, String.valueOf(c), i++));
            }
        }
        return tokens;
    }

    public boolean isValidEventName(String name) {
        if (name == null || name.isEmpty() || name.length() > 200) {
            return false;
        }
        for (Token token : tokenize(name)) {
            if (token.type() == TokenType.INVALID) {
                LOG.debug("Rejecting event name '{}' at token {}", name, token);
                return false;
            }
        }
        return true;
    }
}
