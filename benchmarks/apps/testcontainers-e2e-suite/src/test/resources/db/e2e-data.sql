insert into stock_item (sku, quantity) values ('NW-1001', 12), ('NW-1002', 0), ('NW-2040', 250)
on conflict (sku) do nothing;
