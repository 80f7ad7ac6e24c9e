package com.acme.hub.ws;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Tiny lexer for slash commands typed into the chat box, e.g. {@code /invite @maria #design}.
 */
@Component
public class ChatCommandParser {

    private static final Logger log = LogManager.getLogger(ChatCommandParser.class);

    public enum TokenType { COMMAND, MENTION, CHANNEL, WORD }

    public record Token(TokenType type, String text, int position) {
    }

    public record Command(String name, List<Token> arguments) {
    }

    public boolean isCommand(String input) {
        return input != null && input.startsWith("/") && input.length() > 1;
    }

    public Command parse(String input) {
        List<Token> tokens = tokenize(input);
        if (tokens.isEmpty() || tokens.get(0).type() != TokenType.COMMAND) {
            throw new IllegalArgumentException("Not a command");
        }
        return new Command(tokens.get(0).text(), tokens.subList(1, tokens.size()));
    }

    List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            if (Character.isWhitespace(input.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < input.length() && !Character.isWhitespace(input.charAt(i))) {
                i++;
            }
            String text = input.substring(start, i);
            Token token = switch (text.charAt(0)) {
                case '/' -> new Token(TokenType.COMMAND, text.substring(1), start);
                case '@' -> new Token(TokenType.MENTION, text.substring(1), start);
                case '#' -> new Token(TokenType.CHANNEL, text.substring(1), start);
                default -> new Token(TokenType.WORD, text, start);
            };
            log.trace("lexed token {} at {}", token, start);
            tokens.add(token);
        }
        return tokens;
    }
}
