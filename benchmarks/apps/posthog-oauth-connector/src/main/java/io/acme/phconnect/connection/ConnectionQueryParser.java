package io.acme.phconnect.connection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the connections page filter box: {@code org:acme expiring}, {@code name:"Big Co"}.
 */
public final class ConnectionQueryParser {

    private static final Logger log = LoggerFactory.getLogger(ConnectionQueryParser.class);

    public enum Kind { FIELD, WORD, QUOTED }

    public record Token(Kind kind, String text) {
    }

    public List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Kind kind;
            if (c == '"') {
                i = query.indexOf('"', i + 1);
                i = i < 0 ? query.length() : i + 1;
                kind = Kind.QUOTED;
            } else {
                while (i < query.length() && !Character.isWhitespace(query.charAt(i))) {
                    i++;
                }
                kind = query.substring(start, i).contains(":") ? Kind.FIELD : Kind.WORD;
            }
            Token token = new Token(kind, query.substring(start, i));
            log.trace("filter token {}", token);
            tokens.add(token);
        }
        return tokens;
    }
}
