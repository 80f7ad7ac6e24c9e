package com.lumenware.flagconsole.ws;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringTokenizer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The console's line protocol: the browser sends "verb arg...", the server answers with JSON replies. */
public final class ConsoleProtocol {

    private static final Logger log = LoggerFactory.getLogger(ConsoleProtocol.class);

    private ConsoleProtocol() {
    }

    public enum Verb { BOOTSTRAP, FLAGS, TOGGLE, PING }

    public record Command(Verb verb, List<String> args) {

        public static Command parse(String line) {
            StringTokenizer tokenizer = new StringTokenizer(line.strip());
            if (!tokenizer.hasMoreTokens()) {
                throw new IllegalArgumentException("empty console command");
            }
            Verb verb = Verb.valueOf(tokenizer.nextToken().toUpperCase(Locale.ROOT));
            List<String> args = new ArrayList<>();
            while (tokenizer.hasMoreTokens()) {
                String token = tokenizer.nextToken();
                log.trace("lexed token '{}' for {}", token, verb);
                args.add(token);
            }
            return new Command(verb, List.copyOf(args));
        }

        public String arg(int index) {
            if (index >= args.size()) {
                throw new IllegalArgumentException(verb + " needs " + (index + 1) + " argument(s)");
            }
            return args.get(index);
        }
    }

    public record Reply(String type, Map<String, Object> data) {
    }
}
