package com.brindlecove.ledgerops.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FlagOverrideRepository extends JpaRepository<FlagOverride, Long> {

    List<FlagOverride> findByFlagKeyOrderByUpdatedAtDesc(String flagKey);

    Optional<FlagOverride> findByFlagKeyAndDistinctId(String flagKey, String distinctId);
}
