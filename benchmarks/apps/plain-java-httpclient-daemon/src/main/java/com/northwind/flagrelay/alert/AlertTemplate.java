package com.northwind.flagrelay.alert;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tiny template language for Slack alerts: literal text with {@code {placeholder}} tokens.
 */
public final class AlertTemplate {

    private static final Logger log = LoggerFactory.getLogger(AlertTemplate.class);

    enum TokenType { TEXT, PLACEHOLDER }

    record Token(TokenType type, String text, int offset) {
    }

    private final List<Token> tokens;

    private AlertTemplate(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    public static AlertTemplate compile(String source) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        while (pos < source.length()) {
            int open = source.indexOf('{', pos);
            if (open < 0) {
                tokens.add(new Token(TokenType.TEXT, source.substring(pos), pos));
                break;
            }
            if (open > pos) {
                tokens.add(new Token(TokenType.TEXT, source.substring(pos, open), pos));
            }
            int close = source.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("Unterminated placeholder at offset " + open);
            }
            tokens.add(new Token(TokenType.PLACEHOLDER, source.substring(open + 1, close), open));
            pos = close + 1;
        }
        int tokenCount = tokens.size();
        log.trace("Compiled alert template into {} tokens", tokenCount);
        return new AlertTemplate(tokens);
    }

    public String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            if (token.type() == TokenType.TEXT) {
                out.append(token.text());
            } else if (values.containsKey(token.text())) {
                out.append(values.get(token.text()));
            } else {
                log.warn("Unknown placeholder token '{}' at offset {}", token.text(), token.offset());
                out.append('{').append(token.text()).append('}');
            }
        }
        return out.toString();
    }
}
