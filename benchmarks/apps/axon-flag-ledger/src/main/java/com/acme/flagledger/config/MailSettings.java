package com.acme.flagledger.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "ledger.mail")
public class MailSettings {

    private String from;
    private String smtpUser;
    private String smtpPassword;
    private List<String> digestRecipients = List.of();

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getSmtpUser() {
        return smtpUser;
    }

    public void setSmtpUser(String smtpUser) {
        this.smtpUser = smtpUser;
    }

    public String getSmtpPassword() {
        return smtpPassword;
    }

    public void setSmtpPassword(String smtpPassword) {
        this.smtpPassword = smtpPassword;
    }

    public List<String> getDigestRecipients() {
        return digestRecipients;
    }

    public void setDigestRecipients(List<String> digestRecipients) {
        this.digestRecipients = digestRecipients;
    }
}
