package io.northwind.flagconsole.shared;

import java.io.Serializable;

/** Checked failure that GWT-RPC carries back to the browser. */
public class FlagAdminException extends Exception implements Serializable {

    private static final long serialVersionUID = 1L;

    public FlagAdminException() {
    }

    public FlagAdminException(String message) {
        super(message);
    }
}
