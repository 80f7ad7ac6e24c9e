package com.northwind.flagrelay.rules;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Tiny lexer for the preview-targeting expressions the admin page accepts, e.g.
 * {@code country == "DE" && plan != "free"}.
 */
public final class RuleLexer {

    private static final Logger LOG = LogManager.getLogger(RuleLexer.class);

    public enum TokenKind { IDENT, STRING, NUMBER, EQ, NEQ, AND, OR, LPAREN, RPAREN }

    public record Token(TokenKind kind, String text, int position) {
    }

    public List<Token> lex(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = expression.indexOf('"', i + 1);
                tokens.add(new Token(TokenKind.STRING, expression.substring(i + 1, end), i));
                i = end + 1;
            } else if (expression.startsWith("==", i) || expression.startsWith("!=", i)) {
                tokens.add(new Token(c == '=' ? TokenKind.EQ : TokenKind.NEQ, expression.substring(i, i + 2), i));
                i += 2;
            } else if (expression.startsWith("&&", i) || expression.startsWith("||", i)) {
                tokens.add(new Token(c == '&' ? TokenKind.AND : TokenKind.OR, expression.substring(i, i + 2), i));
                i += 2;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? TokenKind.LPAREN : TokenKind.RPAREN, String.valueOf(c), i));
                i++;
            } else {
                int start = i;
                while (i < expression.length() && Character.isLetterOrDigit(expression.charAt(i))) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
                }
                String word = expression.substring(start, i);
                TokenKind kind = Character.isDigit(word.charAt(0)) ? TokenKind.NUMBER : TokenKind.IDENT;
                tokens.add(new Token(kind, word, start));
            }
        }
        Token token = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        LOG.trace("lexed {} tokens, last token {}", tokens.size(), token);
        return tokens;
    }
}
