package com.northwind.flagrouter.rules;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Parses routing rules such as {@code flag(new-checkout-pipeline) && region == EU -> orders.routed.v2}.
 */
@Component
public class RoutingRuleParser {

    private static final Logger log = LoggerFactory.getLogger(RoutingRuleParser.class);

    public enum TokenType { FLAG, IDENT, LPAREN, RPAREN, AND, EQ, ARROW }

    public record Token(TokenType type, String text, int position) {
    }

    public record RoutingRule(String flag, String region, String targetTopic, String expression) {
    }

    public RoutingRule parse(String expression) {
        List<Token> tokens = tokenize(expression);
        String flag = null;
        String region = null;
        String target = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            log.trace("Rule '{}': token {}", expression, token);
            switch (token.type()) {
                case FLAG -> flag = tokens.get(i + 2).text();
                case EQ -> region = tokens.get(i + 1).text();
                case ARROW -> target = tokens.get(i + 1).text();
                default -> { }
            }
        }
        if (flag == null || target == null) {
            throw new IllegalArgumentException("Rule needs a flag and a target: " + expression);
        }
        return new RoutingRule(flag, region, target, expression);
    }

    List<Token> tokenize(String expression) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        while (pos < expression.length()) {
            char c = expression.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (expression.startsWith("&&", pos)) {
                tokens.add(new Token(TokenType.AND, "&&", pos));
                pos += 2;
            } else if (expression.startsWith("==", pos)) {
                tokens.add(new Token(TokenType.EQ, "==", pos));
                pos += 2;
            } else if (expression.startsWith("->", pos)) {
                tokens.add(new Token(TokenType.ARROW, "->", pos));
                pos += 2;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? TokenType.LPAREN : TokenType.RPAREN, String.valueOf(c), pos));
                pos++;
            } else {
                int start = pos;
                while (pos < expression.length() && isIdentChar(expression.charAt(pos))) {
                    pos++;
                }
                if (pos == start) {
                    throw new IllegalArgumentException("Unexpected '" + c + "' at " + pos + " in " + expression);
                }
                String word = expression.substring(start, pos);
                tokens.add(new Token("flag".equals(word) ? TokenType.FLAG : TokenType.IDENT, word, start));
            }
        }
        return tokens;
    }

    private static boolean isIdentChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }
}
