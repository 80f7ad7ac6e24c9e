package com.brambleway.catalog.dao;

import java.math.BigDecimal;

public record Product(long id, String sku, String name, String description, BigDecimal price, int stock) {
}
