package com.ledgerly.billinghooks.db;

import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Customer.class)
public interface CustomerDao {

    @SqlQuery("SELECT id, email, plan, portal_token FROM customers WHERE id = :id")
    Optional<Customer> find(@Bind("id") String id);

    @SqlQuery("SELECT id, email, plan, portal_token FROM customers WHERE portal_token = :token")
    Optional<Customer> findByPortalToken(@Bind("token") String portalToken);

    @SqlUpdate("UPDATE customers SET plan = :plan WHERE id = :id")
    int updatePlan(@Bind("id") String id, @Bind("plan") String plan);
}
