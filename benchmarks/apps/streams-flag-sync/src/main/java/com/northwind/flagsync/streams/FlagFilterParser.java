package com.northwind.flagsync.streams;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

/**
 * Parses the tiny rule language billing uses to describe who gets a flag, e.g.
 * {@code plan=scale AND addon=session-replay}.
 */
public final class FlagFilterParser {

    private static final Logger log = LoggerFactory.getLogger(FlagFilterParser.class);

    public record Condition(String property, String value) {
    }

    public List<Condition> parse(String expression) {
        List<Condition> conditions = new ArrayList<>();
        StringTokenizer lexer = new StringTokenizer(expression, " ");
        while (lexer.hasMoreTokens()) {
            String token = lexer.nextToken();
            log.trace("filter token {}", token);
            if ("AND".equalsIgnoreCase(token)) {
                continue;
            }
            int eq = token.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Malformed condition at position " + conditions.size());
            }
            conditions.add(new Condition(token.substring(0, eq), token.substring(eq + 1)));
        }
        return conditions;
    }
}
