package com.ledgerly.billinghooks.db;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

public record Customer(
        String id,
        String email,
        String plan,
        @ColumnName("portal_token") String portalToken) {
}
