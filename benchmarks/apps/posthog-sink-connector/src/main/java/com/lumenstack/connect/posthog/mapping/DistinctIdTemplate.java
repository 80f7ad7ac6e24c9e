package com.lumenstack.connect.posthog.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tiny template language for distinct ids: literal text plus {@code ${key}}, {@code ${topic}},
 * {@code ${value.some.field}} placeholders.
 */
public final class DistinctIdTemplate {

    private static final Logger log = LoggerFactory.getLogger(DistinctIdTemplate.class);

    enum TokenKind { LITERAL, PLACEHOLDER }

    record Token(TokenKind kind, String text) {
    }

    private final String source;
    private final List<Token> tokens;

    private DistinctIdTemplate(String source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    public static DistinctIdTemplate parse(String template) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        while (pos < template.length()) {
            int start = template.indexOf("${", pos);
            if (start < 0) {
                tokens.add(new Token(TokenKind.LITERAL, template.substring(pos)));
                break;
            }
            if (start > pos) {
                tokens.add(new Token(TokenKind.LITERAL, template.substring(pos, start)));
            }
            int end = template.indexOf('}', start);
            if (end < 0) {
                throw new IllegalArgumentException("Unclosed placeholder at " + start + " in '" + template + "'");
            }
            Token token = new Token(TokenKind.PLACEHOLDER, template.substring(start + 2, end).trim());
            log.trace("Parsed distinct id token {} at offset {}", token, start);
            tokens.add(token);
            pos = end + 1;
        }
        return new DistinctIdTemplate(template, List.copyOf(tokens));
    }

    public String render(Function<String, Object> resolver) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            if (token.kind() == TokenKind.LITERAL) {
                out.append(token.text());
            } else {
                Object value = resolver.apply(token.text());
                if (value == null) {
                    return null;
                }
                out.append(value);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
