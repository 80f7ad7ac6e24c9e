package com.northwind.flagdesk.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FlagAuditRepository extends JpaRepository<FlagAuditEntry, Long> {

    List<FlagAuditEntry> findTop20ByOrderByCreatedAtDesc();
}
