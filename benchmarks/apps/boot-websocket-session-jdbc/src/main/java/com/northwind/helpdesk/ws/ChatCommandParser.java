package com.northwind.helpdesk.ws;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Lexer for agent slash commands such as {@code /assign @maria priority:high}.
 */
@Component
public class ChatCommandParser {

    public enum TokenKind { COMMAND, MENTION, OPTION, WORD }

    public record Token(TokenKind kind, String text) {
    }

    public List<Token> tokenize(String line) {
        List<Token> tokens = new ArrayList<>();
        if (line == null || !line.startsWith("/")) {
            return tokens;
        }
        for (String part : line.trim().split("\\s+")) {
            if (part.startsWith("/")) {
                tokens.add(new Token(TokenKind.COMMAND, part.substring(1)));
            } else if (part.startsWith("@")) {
                tokens.add(new Token(TokenKind.MENTION, part.substring(1)));
            } else if (part.contains(":")) {
                tokens.add(new Token(TokenKind.OPTION, part));
            } else {
                tokens.add(new Token(TokenKind.WORD, part));
            }
        }
        return tokens;
    }
}
