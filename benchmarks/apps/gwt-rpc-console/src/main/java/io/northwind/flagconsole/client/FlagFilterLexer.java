package io.northwind.flagconsole.client;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Splits a filter such as {@code checkout -beta} into include and exclude terms. */
class FlagFilterLexer {

    private static final Logger LOG = Logger.getLogger(FlagFilterLexer.class.getName());

    enum TokenKind { INCLUDE, EXCLUDE }

    static final class Token {
        final TokenKind kind;
        final String text;

        Token(TokenKind kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        @Override
        public String toString() {
            return kind + "(" + text + ")";
        }
    }

    private final List<Token> tokens = new ArrayList<>();

    FlagFilterLexer(String input) {
        for (String part : input.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            Token token = part.startsWith("-")
                    ? new Token(TokenKind.EXCLUDE, part.substring(1))
                    : new Token(TokenKind.INCLUDE, part);
            LOG.log(Level.FINE, "filter token " + token);
            tokens.add(token);
        }
    }

    boolean matches(String flagKey) {
        for (Token token : tokens) {
            boolean hit = flagKey.contains(token.text);
            if (hit == (token.kind == TokenKind.EXCLUDE)) {
                return false;
            }
        }
        return true;
    }
}
