package com.northwind.relay.ws;

import jakarta.xml.ws.WebFault;

/** SOAP fault raised by the relay operations. */
@WebFault(name = "RelayFault", targetNamespace = "http://relay.northwind.com/analytics/v2")
public class RelayFault extends Exception {

    private final RelayFaultInfo faultInfo;

    public RelayFault(String message, RelayFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public RelayFault(String message, RelayFaultInfo faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    public RelayFaultInfo getFaultInfo() {
        return faultInfo;
    }
}
