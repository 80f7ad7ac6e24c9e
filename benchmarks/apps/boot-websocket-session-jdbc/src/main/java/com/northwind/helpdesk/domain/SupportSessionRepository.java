package com.northwind.helpdesk.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportSessionRepository extends JpaRepository<SupportSession, Long> {

    Optional<SupportSession> findByResumeTokenSha256(String resumeTokenSha256);

    List<SupportSession> findByStatusOrderByOpenedAtAsc(SupportSession.Status status);

    long countByStatus(SupportSession.Status status);
}
