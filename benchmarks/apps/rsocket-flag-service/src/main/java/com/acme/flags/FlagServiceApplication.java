package com.acme.flags;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.rsocket.messaging.RSocketStrategiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.codec.json.Jackson2JsonDecoder;
import org.springframework.http.codec.json.Jackson2JsonEncoder;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

@SpringBootApplication
@EnableScheduling
public class FlagServiceApplication {

    public static final MimeType BEARER_METADATA = MimeTypeUtils.parseMimeType("message/x.acme.bearer");

    public static final String BEARER_HEADER = "bearer-token";

    public static void main(String[] args) {
        SpringApplication.run(FlagServiceApplication.class, args);
    }

    @Bean
    public RSocketStrategiesCustomizer flagServiceStrategies(ObjectMapper objectMapper) {
        return strategies -> strategies
                .encoder(new Jackson2JsonEncoder(objectMapper))
                .decoder(new Jackson2JsonDecoder(objectMapper))
                .metadataExtractorRegistry(registry ->
                        registry.metadataToExtract(BEARER_METADATA, String.class, BEARER_HEADER));
    }
}
