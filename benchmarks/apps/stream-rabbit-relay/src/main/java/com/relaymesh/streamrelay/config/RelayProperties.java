package com.relaymesh.streamrelay.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "relay")
public class RelayProperties {

    public enum TokenMode { HEADER, BEARER, DISABLED }

    private final Admin admin = new Admin();
    private final Upstream upstream = new Upstream();
    private final FlagSnapshot flagSnapshot = new FlagSnapshot();

    public Admin getAdmin() {
        return admin;
    }

    public Upstream getUpstream() {
        return upstream;
    }

    public FlagSnapshot getFlagSnapshot() {
        return flagSnapshot;
    }

    public static class Admin {
        private String token;
        private TokenMode tokenMode = TokenMode.HEADER;

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public TokenMode getTokenMode() {
            return tokenMode;
        }

        public void setTokenMode(TokenMode tokenMode) {
            this.tokenMode = tokenMode;
        }
    }

    public static class Upstream {
        private String host;
        private String username;
        private String password;

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    public static class FlagSnapshot {
        private Duration interval = Duration.ofMinutes(5);

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }
    }
}
