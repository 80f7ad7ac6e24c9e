package com.northwind.rollout.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface RolloutRecordRepository extends JpaRepository<RolloutRecord, Long> {

    Optional<RolloutRecord> findByCommandId(UUID commandId);

    List<RolloutRecord> findTop20ByOrderByCreatedAtDesc();

    List<RolloutRecord> findByFlagKeyOrderByCreatedAtDesc(String flagKey);
}
