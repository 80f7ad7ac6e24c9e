package io.flagpulse.relay;

import io.flagpulse.relay.config.PostHogProperties;
import io.flagpulse.relay.ws.FlagRelayHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

@SpringBootApplication
@EnableWebSocket
public class RelayApplication implements WebSocketConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RelayApplication.class);

    private final FlagRelayHandler flagRelayHandler;

    public RelayApplication(FlagRelayHandler flagRelayHandler) {
        this.flagRelayHandler = flagRelayHandler;
    }

    public static void main(String[] args) {
        SpringApplication.run(RelayApplication.class, args);
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(flagRelayHandler, "/ws/flags").setAllowedOriginPatterns("*");
    }

    @Bean
    ApplicationRunner announceConfiguration(PostHogProperties props) {
        return args -> log.info("Relay ready; local evaluation key read from '{}' (present: {})",
                "posthog.personal-api-key", StringUtils.hasText(props.getPersonalApiKey()));
    }
}
