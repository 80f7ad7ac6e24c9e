package com.lumenfield.catalog.flags;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizer for override rules such as {@code plan == "pro" && country != "DE"}.
 */
public final class RuleLexer {

    private static final Logger log = LoggerFactory.getLogger(RuleLexer.class);

    public enum TokenType { IDENT, STRING, NUMBER, EQ, NEQ, AND, OR, NOT, LPAREN, RPAREN, EOF }

    public record Token(TokenType type, String text, int position) {
    }

    public List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char ch = input.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
                continue;
            }
            int start = i;
            Token token;
            if (Character.isLetter(ch) || ch == '_') {
                while (i < input.length() && (Character.isLetterOrDigit(input.charAt(i)) || input.charAt(i) == '_' || input.charAt(i) == '.')) {
                    i++;
                }
                token = new Token(TokenType.IDENT, input.substring(start, i), start);
            } else if (Character.isDigit(ch)) {
                while (i < input.length() && Character.isDigit(input.charAt(i))) {
                    i++;
                }
                token = new Token(TokenType.NUMBER, input.substring(start, i), start);
            } else if (ch == '"') {
                int end = input.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + start);
                }
                token = new Token(TokenType.STRING, input.substring(i + 1, end), start);
                i = end + 1;
            } else if (input.startsWith("==", i)) {
                token = new Token(TokenType.EQ, "==", start);
                i += 2;
            } else if (input.startsWith("!=", i)) {
                token = new Token(TokenType.NEQ, "!=", start);
                i += 2;
            } else if (input.startsWith("&&", i)) {
                token = new Token(TokenType.AND, "&&", start);
                i += 2;
            } else if (input.startsWith("||", i)) {
                token = new Token(TokenType.OR, "||", start);
                i += 2;
            } else if (ch == '!') {
                token = new Token(TokenType.NOT, "!", start);
                i++;
            } else if (ch == '(' || ch == ')') {
                token = new Token(ch == '(' ? TokenType.LPAREN : TokenType.RPAREN, String.valueOf(ch), start);
                i++;
            } else {
                throw new IllegalArgumentException("Unexpected '" + ch + "' at " + start);
            }
            log.trace("lexed token {}", token);
            tokens.add(token);
        }
        tokens.add(new Token(TokenType.EOF, "", input.length()));
        return tokens;
    }
}
