package com.northwind.portal.model;

public record PortalUser(long id, String email, String displayName, String partnerOrg, String passwordHash) {
}
