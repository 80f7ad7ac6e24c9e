package dev.orbitly.cohorts.activity;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;

@ActivityInterface
public interface CohortActivities {

    @ActivityMethod
    CohortPage fetchPage(String cohortId, String cursor);

    @ActivityMethod
    void deliver(String destination, String webhookSecret, List<String> distinctIds);

    @ActivityMethod
    String archiveCsv(String cohortId);
}
