package com.ledgerly.billinghooks.db;

import java.time.Instant;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@RegisterConstructorMapper(BillingEventDao.BillingEvent.class)
public interface BillingEventDao {

    @SqlUpdate("INSERT INTO billing_events (id, type, customer_id, plan, payload) "
            + "VALUES (:id, :type, :customerId, :plan, CAST(:payload AS jsonb)) ON CONFLICT (id) DO NOTHING")
    int insert(@Bind("id") String id, @Bind("type") String type, @Bind("customerId") String customerId,
               @Bind("plan") String plan, @Bind("payload") String payload);

    @SqlQuery("SELECT id, type, customer_id, plan FROM billing_events WHERE received_at >= :since ORDER BY received_at")
    List<BillingEvent> since(@Bind("since") Instant since);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BillingEvent(String id, String type, @JsonProperty("customer_id") String customerId, String plan) {
    }
}
