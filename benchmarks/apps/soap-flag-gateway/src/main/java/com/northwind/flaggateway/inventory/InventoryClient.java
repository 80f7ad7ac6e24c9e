package com.northwind.flaggateway.inventory;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.handler.Handler;
import jakarta.xml.ws.soap.SOAPBinding;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * JAX-WS client of the legacy inventory service; its store attributes (region, format, size)
 * become person properties for flag evaluation.
 */
@Component
public class InventoryClient {

    private static final String INVENTORY_NS = "http://inventory.northwind.com/store/2014";
    private static final QName SERVICE = new QName(INVENTORY_NS, "StoreInventoryService");
    private static final QName PORT = new QName(INVENTORY_NS, "StoreInventoryPort");

    private final Dispatch<Source> dispatch;

    public InventoryClient(@Value("${inventory.soap.endpoint}") String endpoint,
                           @Value("${inventory.soap.username}") String username,
                           @Value("${inventory.soap.password}") String password,
                           @Value("${inventory.soap.routing-key:flags}") String routingKey) {
        Service service = Service.create(SERVICE);
        service.addPort(PORT, SOAPBinding.SOAP11HTTP_BINDING, endpoint);
        this.dispatch = service.createDispatch(PORT, Source.class, Service.Mode.PAYLOAD);

        WsSecurityHeaderHandler.Credentials credentials = new WsSecurityHeaderHandler.Credentials(username, password, routingKey);
        @SuppressWarnings("rawtypes")
        List<Handler> chain = List.of(new WsSecurityHeaderHandler(credentials));
        dispatch.getBinding().setHandlerChain(chain);
        dispatch.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint);
        dispatch.getRequestContext().put("com.sun.xml.ws.request.timeout", 3_000);
    }

    public Map<String, Object> storeAttributes(String storeCode) {
        String payload = "<inv:GetStoreAttributes xmlns:inv=\"" + INVENTORY_NS + "\">"
                + "<inv:storeCode>" + storeCode + "</inv:storeCode></inv:GetStoreAttributes>";
        Source reply = dispatch.invoke(new StreamSource(new StringReader(payload)));
        return toProperties(reply);
    }

    private static Map<String, Object> toProperties(Source reply) {
        try {
            DOMResult result = new DOMResult();
            TransformerFactory.newInstance().newTransformer().transform(reply, result);
            Node root = result.getNode().getFirstChild();
            Map<String, Object> properties = new HashMap<>();
            NodeList children = root.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element element) {
                    properties.put("store_" + element.getLocalName(), element.getTextContent());
                }
            }
            return properties;
        } catch (TransformerException e) {
            throw new IllegalStateException("Unreadable inventory reply", e);
        }
    }
}
