package com.kelpford.usage.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code export.*}: where invoice files go and who gets told about it.
 */
@ConfigurationProperties("export")
public record ExportProperties(
        @DefaultValue("500") int chunkSize,
        @DefaultValue("0 30 2 * * *") String cron,
        Sftp sftp,
        String webhookBase,
        String webhookToken) {

    public record Sftp(String host, int port, String user, String password, String directory) {

        @Override
        public String toString() {
            return "Sftp[" + user + "@" + host + ":" + port + directory
                    + ", password=" + (password == null || password.isEmpty() ? "<none>" : "****") + "]";
        }
    }
}
