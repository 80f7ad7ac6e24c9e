package com.northwind.shop.orders;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface OrderRepository extends ListCrudRepository<Order, Long> {

    List<Order> findByReferenceIn(Collection<String> references);

    List<Order> findByCustomerIdOrderByCreatedAtDesc(String customerId);
}
