package io.brightlane.flags.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FlagOverrideRepository extends JpaRepository<FlagOverride, Long> {

    List<FlagOverride> findByFlagKeyOrderByCreatedAtDesc(String flagKey);
}
