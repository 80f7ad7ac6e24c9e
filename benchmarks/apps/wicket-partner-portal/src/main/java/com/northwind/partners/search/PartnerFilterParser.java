package com.northwind.partners.search;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the shipment search box ({@code carrier:dhl status:"in transit" eta>2024-05-01}) into
 * filter clauses for the partner shipment list.
 */
public final class PartnerFilterParser {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerFilterParser.class);

    public enum TokenType { WORD, QUOTED, COLON, GREATER, LESS, END }

    public record Token(TokenType type, String text, int offset) {
    }

    public record Clause(String field, String operator, String value) {
    }

    private final String input;
    private int pos;

    public PartnerFilterParser(String input) {
        this.input = input == null ? "" : input.trim();
    }

    public List<Clause> parse() {
        List<Clause> clauses = new ArrayList<>();
        Token token = next();
        while (token.type() != TokenType.END) {
            if (token.type() != TokenType.WORD) {
                LOG.debug("Skipping unexpected token {} in filter", token);
                token = next();
                continue;
            }
            String field = token.text();
            Token op = next();
            Token value = next();
            if (op.type() == TokenType.END || value.type() == TokenType.END) {
                break;
            }
            clauses.add(new Clause(field, op.text(), value.text()));
            token = next();
        }
        return clauses;
    }

    private Token next() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        if (pos >= input.length()) {
            return new Token(TokenType.END, "", pos);
        }
        int start = pos;
        char c = input.charAt(pos);
        switch (c) {
            case ':':
                pos++;
                return new Token(TokenType.COLON, ":", start);
            case '>':
                pos++;
                return new Token(TokenType.GREATER, ">", start);
            case '<':
                pos++;
                return new Token(TokenType.LESS, "<", start);
            case '"':
                int end = input.indexOf('"', pos + 1);
                pos = end < 0 ? input.length() : end + 1;
                return new Token(TokenType.QUOTED, input.substring(start + 1, end < 0 ? input.length() : end), start);
            default:
                while (pos < input.length() && Character.isLetterOrDigit(input.charAt(pos))
                        || pos < input.length() && input.charAt(pos) == '-') {
                    pos++;
                }
                if (pos == start) {
                    pos++;
                }
                return new Token(TokenType.WORD, input.substring(start, pos), start);
        }
    }
}
