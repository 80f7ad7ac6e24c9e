package dev.flagscope.intellij.filter;

import com.intellij.openapi.diagnostic.Logger;
import org.jetbrains.annotations.NotNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Lexer for the tool window's filter box, e.g. {@code active tag:billing rollout>50 checkout}.
 */
public final class FlagFilterLexer {

    private static final Logger LOG = Logger.getInstance(FlagFilterLexer.class);

    public enum TokenType { WORD, QUALIFIER, COLON, COMPARATOR, NUMBER, QUOTED }

    public record Token(TokenType type, String text, int offset) {
    }

    private FlagFilterLexer() {
    }

    public static @NotNull List<Token> tokenize(@NotNull String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token token;
            if (c == '"') {
                int end = input.indexOf('"', i + 1);
                end = end < 0 ? input.length() : end;
                token = new Token(TokenType.QUOTED, input.substring(i + 1, end), start);
                i = Math.min(input.length(), end + 1);
            } else if (c == ':') {
                token = new Token(TokenType.COLON, ":", start);
                i++;
            } else if (c == '<' || c == '>' || c == '=') {
                i++;
                if (i < input.length() && input.charAt(i) == '=') {
                    i++;
                }
                token = new Token(TokenType.COMPARATOR, input.substring(start, i), start);
            } else if (Character.isDigit(c)) {
                while (i < input.length() && Character.isDigit(input.charAt(i))) {
                    i++;
                }
                token = new Token(TokenType.NUMBER, input.substring(start, i), start);
            } else {
                while (i < input.length() && isWordChar(input.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    i++;
                }
                String word = input.substring(start, i);
                boolean qualifier = i < input.length() && input.charAt(i) == ':';
                token = new Token(qualifier ? TokenType.QUALIFIER : TokenType.WORD, word, start);
            }
            LOG.trace("filter token " + token);
            tokens.add(token);
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }
}
