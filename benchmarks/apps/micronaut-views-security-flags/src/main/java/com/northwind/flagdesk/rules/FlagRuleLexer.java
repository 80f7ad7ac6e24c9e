package com.northwind.flagdesk.rules;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizes targeting expressions such as {@code country == "DE" && plan in ["pro", "team"]}.
 */
@Singleton
public class FlagRuleLexer {

    private static final Logger LOG = LoggerFactory.getLogger(FlagRuleLexer.class);

    public enum TokenType { IDENT, STRING, NUMBER, OPERATOR, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, EOF }

    public record Token(TokenType type, String text, int position) {
    }

    public List<Token> tokenize(String expression) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        while (pos < expression.length()) {
            char c = expression.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            int start = pos;
            Token token;
            if (Character.isLetter(c) || c == '_') {
                while (pos < expression.length()
                        && (Character.isLetterOrDigit(expression.charAt(pos)) || expression.charAt(pos) == '_')) {
                    pos++;
                }
                token = new Token(TokenType.IDENT, expression.substring(start, pos), start);
            } else if (Character.isDigit(c)) {
                while (pos < expression.length() && Character.isDigit(expression.charAt(pos))) {
                    pos++;
                }
                token = new Token(TokenType.NUMBER, expression.substring(start, pos), start);
            } else if (c == '"') {
                int end = expression.indexOf('"', pos + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + start);
                }
                pos = end + 1;
                token = new Token(TokenType.STRING, expression.substring(start + 1, end), start);
            } else if ("=!<>&|".indexOf(c) >= 0) {
                pos++;
                if (pos < expression.length() && "=&|".indexOf(expression.charAt(pos)) >= 0) {
                    pos++;
                }
                token = new Token(TokenType.OPERATOR, expression.substring(start, pos), start);
            } else {
                pos++;
                token = new Token(switch (c) {
                    case '(' -> TokenType.LPAREN;
                    case ')' -> TokenType.RPAREN;
                    case '[' -> TokenType.LBRACKET;
                    case ']' -> TokenType.RBRACKET;
                    case ',' -> TokenType.COMMA;
                    default -> throw new IllegalArgumentException("Unexpected '" + c + "' at " + start);
                }, String.valueOf(c), start);
            }
            LOG.trace("Lexed token {} '{}' at {}", token.type(), token.text(), token.position());
            tokens.add(token);
        }
        tokens.add(new Token(TokenType.EOF, "", expression.length()));
        return tokens;
    }
}
