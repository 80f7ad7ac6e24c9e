package com.northwind.flagsync.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.northwind.flagsync.config.DigestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;

@Service
public class DigestMailer {

    private static final Logger log = LoggerFactory.getLogger(DigestMailer.class);

    private final JavaMailSenderImpl mailSender;
    private final DigestProperties digest;

    public DigestMailer(JavaMailSenderImpl mailSender, DigestProperties digest) {
        this.mailSender = mailSender;
        this.digest = digest;
        log.info("Digest mail settings: {}", digest);
    }

    public void sendDigest(BatchStatus status, long indexed, long activeFlags) {
        if (!digest.enabled() || digest.recipients() == null || digest.recipients().isEmpty()) {
            log.debug("Digest mail disabled, skipping");
            return;
        }
        String day = LocalDate.now().toString();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(digest.from());
        message.setTo(digest.recipients().toArray(String[]::new));
        message.setSubject(digest.subjectPrefix() + " " + status + " - " + indexed + " flags indexed");
        message.setText("""
                Flag sync finished with status %s.

                Flags indexed in this run: %d
                Active flags in the audit index: %d

                Review the changes: %s?day=%s&sig=%s
                """.formatted(status, indexed, activeFlags, digest.dashboardUrl(), day, sign(day)));
        try {
            mailSender.send(message);
        } catch (MailAuthenticationException ex) {
            log.error("SMTP login rejected for {} / {} on {}", mailSender.getUsername(), mailSender.getPassword(), mailSender.getHost());
        } catch (MailException ex) {
            log.warn("Could not send flag sync digest: {}", ex.getMessage());
        }
    }

    private String sign(String day) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(digest.linkSigningSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(day.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign digest link", e);
        }
    }
}
