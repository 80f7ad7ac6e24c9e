package com.tallyworks.bridge.parse;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lexer for the partners' line format: {@code deploy service=checkout version=4.2.1 at=2024-06-01T10:00:00Z}.
 */
public final class DeploymentLineLexer {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentLineLexer.class);

    public enum TokenType { WORD, KEY, EQUALS, VALUE }

    public record Token(TokenType type, String text, int position) {
    }

    private DeploymentLineLexer() {
    }

    public static List<Token> lex(String line) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '=') {
                tokens.add(new Token(TokenType.EQUALS, "=", i++));
                continue;
            }
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != '=') {
                i++;
            }
            boolean key = i < line.length() && line.charAt(i) == '=';
            boolean afterEquals = !tokens.isEmpty() && tokens.get(tokens.size() - 1).type() == TokenType.EQUALS;
            TokenType type = key ? TokenType.KEY : afterEquals ? TokenType.VALUE : TokenType.WORD;
            Token token = new Token(type, line.substring(start, i), start);
            LOG.trace("lexed token {}", token);
            tokens.add(token);
        }
        int tokenCount = tokens.size();
        LOG.debug("line of {} chars gave {} tokens", line.length(), tokenCount);
        return tokens;
    }
}
