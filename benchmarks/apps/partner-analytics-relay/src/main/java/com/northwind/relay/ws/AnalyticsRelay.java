package com.northwind.relay.ws;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import java.util.List;

/** SOAP contract partners integrate against to send analytics events and read rollout flags. */
@WebService(name = "AnalyticsRelay", targetNamespace = "http://relay.northwind.com/analytics/v2")
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
public interface AnalyticsRelay {

    @WebMethod(operationName = "openSession")
    @WebResult(name = "sessionToken")
    String openSession(@WebParam(name = "partnerId") String partnerId) throws RelayFault;

    @WebMethod(operationName = "trackEvents")
    @WebResult(name = "accepted")
    int trackEvents(@WebParam(name = "event") List<TrackedEvent> events) throws RelayFault;

    @WebMethod(operationName = "isFeatureEnabled")
    @WebResult(name = "enabled")
    boolean isFeatureEnabled(@WebParam(name = "distinctId") String distinctId,
                             @WebParam(name = "flagKey") String flagKey) throws RelayFault;
}
