package com.brightloop.log4j.posthog.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Tiny template language for the {@code message} property: {@code "{level} {logger}: {message}"}.
 * Curly braces are used instead of {@code ${..}} so Log4j does not try to interpolate them.
 */
public final class PropertyTemplate {

    private static final Logger LOGGER = StatusLogger.getLogger();

    record Token(TokenKind kind, String text) {
    }

    private final List<Token> tokens;

    private PropertyTemplate(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    public static PropertyTemplate parse(String pattern) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int end = pattern.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed placeholder at index " + i);
                }
                if (literal.length() > 0) {
                    tokens.add(new Token(TokenKind.LITERAL, literal.toString()));
                    literal.setLength(0);
                }
                tokens.add(new Token(TokenKind.PLACEHOLDER, pattern.substring(i + 1, end).trim()));
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            tokens.add(new Token(TokenKind.LITERAL, literal.toString()));
        }
        tokens.add(new Token(TokenKind.END, ""));
        for (Token token : tokens) {
            LOGGER.trace("template token {} '{}'", token.kind(), token.text());
        }
        return new PropertyTemplate(tokens);
    }

    public String render(LogEvent event) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            switch (token.kind()) {
                case LITERAL -> out.append(token.text());
                case PLACEHOLDER -> out.append(resolve(token.text(), event));
                case END -> {
                    return out.toString();
                }
            }
        }
        return out.toString();
    }

    public int tokenCount() {
        return tokens.size();
    }

    private static String resolve(String name, LogEvent event) {
        return switch (name) {
            case "level" -> event.getLevel().name();
            case "logger" -> event.getLoggerName();
            case "thread" -> event.getThreadName();
            case "message" -> event.getMessage().getFormattedMessage();
            default -> String.valueOf(event.getContextData().<Object>getValue(name));
        };
    }
}
