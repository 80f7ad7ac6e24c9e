package com.northwind.flags.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lexer and checker for local override rules such as {@code plan == "pro" && country != "DE"}.
 */
@ApplicationScoped
public class FlagRuleParser {

    private static final Logger LOG = Logger.getLogger(FlagRuleParser.class.getName());

    public enum TokenType { IDENT, STRING, EQ, NEQ, AND, OR, LPAREN, RPAREN }

    public record Token(TokenType type, String text, int position) {
    }

    public boolean isValid(String rule) {
        List<Token> tokens = tokenize(rule);
        boolean expectOperand = true;
        for (Token token : tokens) {
            boolean operand = token.type() == TokenType.IDENT || token.type() == TokenType.STRING;
            if (operand != expectOperand && token.type() != TokenType.LPAREN && token.type() != TokenType.RPAREN) {
                LOG.fine("Unexpected token " + token + " in rule '" + rule + "'");
                return false;
            }
            if (token.type() != TokenType.LPAREN && token.type() != TokenType.RPAREN) {
                expectOperand = !expectOperand;
            }
        }
        return !tokens.isEmpty() && !expectOperand;
    }

    List<Token> tokenize(String rule) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < rule.length()) {
            char c = rule.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = rule.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + i);
                }
                tokens.add(new Token(TokenType.STRING, rule.substring(i + 1, end), i));
                i = end + 1;
            } else if (rule.startsWith("==", i)) {
                tokens.add(new Token(TokenType.EQ, "==", i));
                i += 2;
            } else if (rule.startsWith("!=", i)) {
                tokens.add(new Token(TokenType.NEQ, "!=", i));
                i += 2;
            } else if (rule.startsWith("&&", i)) {
                tokens.add(new Token(TokenType.AND, "&&", i));
                i += 2;
            } else if (rule.startsWith("||", i)) {
                tokens.add(new Token(TokenType.OR, "||", i));
                i += 2;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? TokenType.LPAREN : TokenType.RPAREN, String.valueOf(c), i));
                i++;
            } else {
                int start = i;
                while (i < rule.length() && (Character.isLetterOrDigit(rule.charAt(i)) || rule.charAt(i) == '_')) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalArgumentException("Unexpected character '" + c + "' at " + i);
                }
                tokens.add(new Token(TokenType.IDENT, rule.substring(start, i), start));
            }
        }
        return tokens;
    }
}
