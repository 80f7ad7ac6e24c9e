package com.northwind.ledger.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "ledger")
@DeclareRoles({"ledger-user", "ledger-admin"})
public class LedgerApplication extends Application {
}
