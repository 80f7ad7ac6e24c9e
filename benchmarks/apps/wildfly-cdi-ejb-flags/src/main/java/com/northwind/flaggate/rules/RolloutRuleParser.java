package com.northwind.flaggate.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizer for the small rollout-rule language kept in flag tags, e.g.
 * {@code country == 'DE' && plan in ('pro', 'team')}.
 */
@ApplicationScoped
public class RolloutRuleParser {

    private static final Logger LOG = Logger.getLogger(RolloutRuleParser.class);

    public enum TokenType { IDENT, STRING, OPERATOR, LPAREN, RPAREN, COMMA, KEYWORD }

    public record Token(TokenType type, String text, int offset) {
    }

    public List<Token> tokenize(String rule) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        while (pos < rule.length()) {
            char c = rule.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '\'') {
                int end = rule.indexOf('\'', pos + 1);
                if (end < 0) {
                    throw new BadRequestException("Unterminated string at offset " + pos);
                }
                tokens.add(new Token(TokenType.STRING, rule.substring(pos + 1, end), pos));
                pos = end + 1;
            } else if (c == '(' || c == ')' || c == ',') {
                TokenType type = c == '(' ? TokenType.LPAREN : c == ')' ? TokenType.RPAREN : TokenType.COMMA;
                tokens.add(new Token(type, String.valueOf(c), pos));
                pos++;
            } else if ("=!&|<>".indexOf(c) >= 0) {
                int start = pos;
                while (pos < rule.length() && "=!&|<>".indexOf(rule.charAt(pos)) >= 0) {
                    pos++;
                }
                tokens.add(new Token(TokenType.OPERATOR, rule.substring(start, pos), start));
            } else if (Character.isLetter(c)) {
                int start = pos;
                while (pos < rule.length() && (Character.isLetterOrDigit(rule.charAt(pos)) || rule.charAt(pos) == '_')) {
                    pos++;
                }
                String word = rule.substring(start, pos);
                TokenType type = word.equals("in") || word.equals("not") ? TokenType.KEYWORD : TokenType.IDENT;
                tokens.add(new Token(type, word, start));
            } else {
                Token token = new Token(TokenType.OPERATOR, String.valueOf(c), pos);
                LOG.debugf("Unexpected token %s at offset %d in rule '%s'", token, pos, rule);
                throw new BadRequestException("Unexpected character '" + c + "' at offset " + pos);
            }
        }
        return tokens;
    }
}
