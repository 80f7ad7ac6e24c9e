package com.corvanta.flaggate.persistence;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectLinkRepository extends JpaRepository<ProjectLink, Long> {

    @EntityGraph(attributePaths = "snapshots")
    Optional<ProjectLink> findByPosthogProjectId(String posthogProjectId);
}
