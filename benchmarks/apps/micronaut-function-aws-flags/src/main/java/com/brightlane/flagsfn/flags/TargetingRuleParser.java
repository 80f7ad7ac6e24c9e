package com.brightlane.flagsfn.flags;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses QA overrides such as {@code new-checkout:true beta-banner:"variant b"}
 * from the {@code overrides} query parameter.
 */
@Singleton
public class TargetingRuleParser {

    private static final Logger LOG = LoggerFactory.getLogger(TargetingRuleParser.class);

    public enum TokenType { IDENT, COLON, STRING }

    public record Token(TokenType type, String text, int position) {
    }

    public List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (c == ':') {
                tokens.add(new Token(TokenType.COLON, ":", i++));
            } else if (c == '"') {
                int end = input.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated string at " + i);
                }
                tokens.add(new Token(TokenType.STRING, input.substring(i + 1, end), i));
                i = end + 1;
            } else {
                int start = i;
                while (i < input.length() && isIdentChar(input.charAt(i))) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalArgumentException("Unexpected '" + c + "' at " + i);
                }
                tokens.add(new Token(TokenType.IDENT, input.substring(start, i), start));
            }
        }
        return tokens;
    }

    public Map<String, String> toOverrides(List<Token> tokens) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i + 2 < tokens.size(); i += 3) {
            Token key = tokens.get(i);
            Token colon = tokens.get(i + 1);
            Token value = tokens.get(i + 2);
            LOG.trace("override token {} {} {}", key, colon, value);
            if (key.type() != TokenType.IDENT || colon.type() != TokenType.COLON) {
                throw new IllegalArgumentException("Expected flag:value at " + key.position());
            }
            overrides.put(key.text(), value.text());
        }
        return overrides;
    }

    private static boolean isIdentChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }
}
