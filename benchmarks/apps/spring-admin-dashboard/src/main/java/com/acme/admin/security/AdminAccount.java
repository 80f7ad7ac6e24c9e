package com.acme.admin.security;

import java.util.Set;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

@Data
@NoArgsConstructor
@AllArgsConstructor
public class AdminAccount {

    private String username;
    private String email;
    private String password;
    private Set<String> roles;
    private boolean mfaEnabled;
}
