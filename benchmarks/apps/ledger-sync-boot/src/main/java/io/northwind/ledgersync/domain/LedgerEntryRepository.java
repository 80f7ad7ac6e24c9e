package io.northwind.ledgersync.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    boolean existsByExternalEventId(String externalEventId);

    Optional<LedgerEntry> findByExternalEventId(String externalEventId);
}
