create table if not exists stock_item (
    sku varchar(32) primary key,
    quantity integer not null
);
