package com.northwind.flagconsole.vm;

import com.northwind.flagconsole.service.OperatorAuthService;
import org.zkoss.bind.annotation.Command;
import org.zkoss.bind.annotation.NotifyChange;
import org.zkoss.zk.ui.Executions;
import org.zkoss.zk.ui.Sessions;
import org.zkoss.zk.ui.select.annotation.VariableResolver;
import org.zkoss.zk.ui.select.annotation.WireVariable;
import org.zkoss.zkplus.spring.DelegatingVariableResolver;

/** View model of login.zul. */
@VariableResolver(DelegatingVariableResolver.class)
public class LoginViewModel {

    @WireVariable
    private OperatorAuthService operatorAuthService;

    private String username;
    private String password;
    private String message;

    @Command
    @NotifyChange("message")
    public void login() {
        if (operatorAuthService.authenticate(username, password)) {
            Sessions.getCurrent().setAttribute("operator", username);
            Executions.sendRedirect("/flags.zul");
            return;
        }
        System.out.println("[login] rejected operator=" + username + " password=" + password);
        message = "Unknown operator or wrong password";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getMessage() {
        return message;
    }
}
