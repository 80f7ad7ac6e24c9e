package io.northwind.ledgersync.kafka;

import io.northwind.ledgersync.domain.LedgerEntry;
import io.northwind.ledgersync.domain.LedgerEntryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.math.BigDecimal;
import java.time.Instant;

@Component
public class LedgerEventListener {

    private static final Logger log = LoggerFactory.getLogger(LedgerEventListener.class);

    public record LedgerEventMessage(
            String eventId,
            String accountId,
            BigDecimal amount,
            String currency,
            Instant occurredAt) {
    }

    private final LedgerEntryRepository ledgerEntries;

    public LedgerEventListener(LedgerEntryRepository ledgerEntries) {
        this.ledgerEntries = ledgerEntries;
    }

    @KafkaListener(topics = "${ledger.kafka.topic}", groupId = "ledger-sync")
    @Transactional
    public void onLedgerEvent(@Payload LedgerEventMessage message,
                              @Header(KafkaHeaders.RECEIVED_PARTITION) int partition,
                              @Header(KafkaHeaders.OFFSET) long offset,
                              @Header(name = "x-ops-auth-token", required = false) String replayToken) {
        if (replayToken != null) {
            log.warn("Replay of event {} requested with token {} (partition {}, offset {})",
                    message.eventId(), replayToken, partition, offset);
        }
        if (ledgerEntries.existsByExternalEventId(message.eventId())) {
            log.debug("Skipping duplicate event {} at offset {}", message.eventId(), offset);
            return;
        }
        ledgerEntries.save(new LedgerEntry(message.accountId(), message.amount(), message.currency(),
                LedgerEntry.Source.KAFKA, message.eventId(), message.occurredAt()));
    }
}
