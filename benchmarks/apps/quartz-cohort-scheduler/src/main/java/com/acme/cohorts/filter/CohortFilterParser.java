package com.acme.cohorts.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the tiny filter language of {@code scheduler.cohort-filter}, e.g.
 * {@code plan = pro AND country != RU}, into a predicate over cohort names.
 */
public final class CohortFilterParser {

    private static final Logger log = LoggerFactory.getLogger(CohortFilterParser.class);

    private CohortFilterParser() {
    }

    public static Predicate<String> parse(String expression) {
        List<Predicate<String>> clauses = new ArrayList<>();
        StringTokenizer tokenizer = new StringTokenizer(expression, " ");
        while (tokenizer.hasMoreTokens()) {
            String token = tokenizer.nextToken();
            log.trace("cohort filter token '{}'", token);
            if ("AND".equalsIgnoreCase(token)) {
                continue;
            }
            String field = token;
            String operator = tokenizer.nextToken();
            String value = tokenizer.nextToken();
            clauses.add(clause(field, operator, value));
        }
        return clauses.stream().reduce(name -> true, Predicate::and);
    }

    private static Predicate<String> clause(String field, String operator, String value) {
        String needle = (field + ":" + value).toLowerCase();
        switch (operator) {
            case "=":
                return name -> name.toLowerCase().contains(needle);
            case "!=":
                return name -> !name.toLowerCase().contains(needle);
            default:
                throw new IllegalArgumentException("Unsupported operator in cohort filter: " + operator);
        }
    }
}
