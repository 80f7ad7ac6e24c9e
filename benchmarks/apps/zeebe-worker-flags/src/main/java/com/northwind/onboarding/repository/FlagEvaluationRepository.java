package com.northwind.onboarding.repository;

import com.northwind.onboarding.domain.FlagEvaluation;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface FlagEvaluationRepository extends JpaRepository<FlagEvaluation, Long> {

    List<FlagEvaluation> findBySessionIdOrderByEvaluatedAtAsc(Long sessionId);
}
