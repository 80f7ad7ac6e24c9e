package com.northwind.flagboard.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FlagRolloutRepository extends JpaRepository<FlagRollout, Long> {

    List<FlagRollout> findByEnvironmentOrderByFlagKey(String environment);

    Optional<FlagRollout> findByFlagKeyAndEnvironment(String flagKey, String environment);
}
