package com.northwindlabs.secretflags;

import com.google.api.client.googleapis.auth.oauth2.GoogleIdTokenVerifier;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.util.List;

@SpringBootApplication
public class SecretFlagsApplication {

    public static void main(String[] args) {
        SpringApplication.run(SecretFlagsApplication.class, args);
    }

    @Bean
    GoogleIdTokenVerifier pubSubTokenVerifier(@Value("${pubsub.push.audience}") String audience) {
        return new GoogleIdTokenVerifier.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance())
                .setAudience(List.of(audience))
                .build();
    }
}
