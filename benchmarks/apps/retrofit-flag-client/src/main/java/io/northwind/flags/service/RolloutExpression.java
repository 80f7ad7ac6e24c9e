package io.northwind.flags.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.logging.Logger;

/**
 * Tiny parser for the team's override expressions, e.g. {@code plan = pro and country != DE}.
 * Overrides are read from the {@code flag-overrides} file shipped with each service.
 */
final class RolloutExpression {

    private static final Logger LOG = Logger.getLogger(RolloutExpression.class.getName());

    private record Clause(String property, String operator, String value) {
    }

    private final List<Clause> clauses;

    private RolloutExpression(List<Clause> clauses) {
        this.clauses = clauses;
    }

    static RolloutExpression parse(String expression) {
        StringTokenizer lexer = new StringTokenizer(expression, " ");
        List<Clause> clauses = new ArrayList<>();
        int tokenCount = 0;
        while (lexer.hasMoreTokens()) {
            String property = lexer.nextToken();
            String operator = lexer.nextToken();
            String value = lexer.nextToken();
            tokenCount += 3;
            if (!operator.equals("=") && !operator.equals("!=")) {
                LOG.warning("Unexpected token '" + operator + "' in override expression");
            }
            clauses.add(new Clause(property, operator, value));
            if (lexer.hasMoreTokens()) {
                String token = lexer.nextToken();
                tokenCount++;
                if (!"and".equalsIgnoreCase(token)) {
                    LOG.warning("Only 'and' is supported, got token " + token);
                }
            }
        }
        LOG.finest("Parsed override with " + tokenCount + " tokens");
        return new RolloutExpression(clauses);
    }

    boolean matches(Map<String, Object> personProperties) {
        for (Clause clause : clauses) {
            String actual = String.valueOf(personProperties.get(clause.property()));
            boolean equal = clause.value().equals(actual);
            if (clause.operator().equals("=") != equal) {
                return false;
            }
        }
        return true;
    }
}
